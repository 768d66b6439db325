import { defineMessages } from '../define-messages.ts';

export default defineMessages(
	{
		map_title: 'Carte du G5 Sahel',
		map_colour_by: 'Colorer la carte selon',
		map_growth: 'Croissance réelle {from}–{to}',
		map_chart_title: '{measure} — {year}',
		map_desc:
			'Carte des cinq pays du G5 Sahel colorés selon « {measure} ». Valeurs : {values}. Chaque pays mène à son profil.',
		map_link: '{country} : {value} — ouvrir le profil',
		map_meta:
			'{unit} · Source : {source} · Données : {date} · Frontières : Natural Earth (domaine public)',
		map_country: 'Pays',
		map_value: 'Valeur',
		map_year: 'Année',
		map_older_year:
			'Quand la dernière année manque pour un pays, sa valeur la plus récente est montrée avec son année.'
	},
	{
		map_title: 'Map of the G5 Sahel',
		map_colour_by: 'Colour the map by',
		map_growth: 'Real growth {from}–{to}',
		map_chart_title: '{measure} — {year}',
		map_desc:
			'Map of the five G5 Sahel countries coloured by “{measure}”. Values: {values}. Each country links to its profile.',
		map_link: '{country}: {value} — open the profile',
		map_meta:
			'{unit} · Source: {source} · Data: {date} · Boundaries: Natural Earth (public domain)',
		map_country: 'Country',
		map_value: 'Value',
		map_year: 'Year',
		map_older_year:
			'When a country lacks the latest year, its most recent value is shown with its year.'
	}
);
