/** Where a source file was copied from (see /work/shared/data/SOURCES.md). */
export interface SourceFile {
	/** Path below the source directory. */
	path: string;
	repository: string;
	commit: string;
	/** Path inside that repository. */
	repositoryPath: string;
}

/** The source files the default dataset is built from. */
export const SOURCE_FILES = {
	sipri: {
		path: 'sipri/SIPRI-Milex-data-1949-2024_2.xlsx',
		repository: 'shruti-01-narwat/Global_Military_Expenditure_Dashboard',
		commit: '5885c546',
		repositoryPath: 'SIPRI-Milex-data-1949-2024_2.xlsx'
	},
	wdiGdp: {
		path: 'wdi/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_26.csv',
		repository: 'MarryBU/Empirical_Project',
		commit: '3b9381c4',
		repositoryPath: 'API_NY.GDP.MKTP.CD_DS2_en_csv_v2_26.csv'
	},
	wdiPopulation: {
		path: 'wdi/API_SP.POP.TOTL_DS2_en_csv_v2.csv',
		repository: 'Siebelm/DATS-6103-Military-Spending',
		commit: 'fb194454',
		repositoryPath: 'API_SP.POP.TOTL_DS2_en_csv_v2.csv'
	},
	boost: {
		path: 'boost/derived_budget_execution_G5_extract.csv',
		repository: 'WB-PIDA-Data-Science-Shop/pigographs',
		commit: 'fb4e223a',
		repositoryPath: 'data/budget_execution.rda'
	},
	pefa: {
		path: 'pefa/pefa-assessments-2016-framework.csv',
		repository: 'WB-PIDA-Data-Science-Shop/cliaretl',
		commit: '996350d2',
		repositoryPath: 'data-raw/input/pefa_assessments/assessments_1730149268.csv'
	},
	obsScores: {
		path: 'obs/open_budget_scores.csv',
		repository: 'galileukim/wdr2025gov',
		commit: '7ecb2974',
		repositoryPath: 'data/open_budget.rda'
	},
	obsExplorer: {
		path: 'obs/ibp_data_2015.json',
		repository: 'hdurand/open-budget-survey',
		commit: 'a8dc2581',
		repositoryPath: 'app/assets/downloads/ibp_data_2015.json'
	}
} satisfies Record<string, SourceFile>;
