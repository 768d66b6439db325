import { defineMessages } from '../define-messages.ts';

export default defineMessages(
	{
		country_profiles: 'Profils pays',
		country_profile_subtitle: 'Profil pays — dépenses militaires selon le SIPRI',
		country_key_figures: 'Chiffres clés',
		country_fig_spending: 'Dépenses militaires {year} (dollars constants de 2023)',
		country_fig_g5_share: 'Part du total G5 Sahel en {year}',
		country_fig_gdp: 'Part du PIB en {year}',
		country_fig_gov: 'Part des dépenses publiques en {year}',
		country_fig_per_capita: 'Par habitant en {year} (dollars courants)',
		country_fig_growth: 'Croissance réelle {from}–{to}',
		country_fig_growth_detail: 'soit {cagr} par an en moyenne',
		country_compare:
			'Les autres pays du G5 Sahel sont tracés en clair pour comparaison ; le tableau « Voir les données » donne toutes les valeurs.',
		country_notes: 'Notes du SIPRI pour ce pays',
		country_no_notes: 'Aucune note particulière du SIPRI pour ce pays.',
		country_topics: '{country} : budget, marchés, contrôle',
		country_your_data:
			'Ces vues montrent vos données importées, ou des données fictives de démonstration tant que vous n’en avez pas importé.',
		country_other_profiles: 'Autres profils'
	},
	{
		country_profiles: 'Country profiles',
		country_profile_subtitle: 'Country profile — military spending according to SIPRI',
		country_key_figures: 'Key figures',
		country_fig_spending: 'Military spending {year} (constant 2023 US$)',
		country_fig_g5_share: 'Share of the G5 Sahel total in {year}',
		country_fig_gdp: 'Share of GDP in {year}',
		country_fig_gov: 'Share of government spending in {year}',
		country_fig_per_capita: 'Per capita in {year} (current US$)',
		country_fig_growth: 'Real growth {from}–{to}',
		country_fig_growth_detail: 'that is {cagr} a year on average',
		country_compare:
			'The other G5 Sahel countries are drawn faintly for comparison; the “Show the data” table gives every value.',
		country_notes: 'SIPRI notes for this country',
		country_no_notes: 'No specific SIPRI note for this country.',
		country_topics: '{country}: budget, procurement, oversight',
		country_your_data:
			'These views show the data you imported, or fictitious demonstration data until you import some.',
		country_other_profiles: 'Other profiles'
	}
);
