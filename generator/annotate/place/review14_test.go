package place

import "testing"

// A name right after a storm's head is the storm's ("Hurricane Florence" is no Florence,
// Italy), and says nothing of where the text is.
func TestStormNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"After Hurricane Florence, Marines from Camp Lejeune cleared roads near Jacksonville, North Carolina.", []string{"US"},
			[]want{{"Camp Lejeune", "US", "feature", 0}, {"Jacksonville", "US", "city", 0}, {"North Carolina", "US", "region1", 0}}},
		{"Hurricane Michael devastated Mexico Beach; Tropical Storm Milton weakened.", []string{"US"},
			[]want{{"Mexico Beach", "US", "city", 0}}},
		{"Typhoon Haiyan struck Tacloban.", []string{"PH"},
			[]want{{"Tacloban", "PH", "city", 0}}},
	})
}

// The United Kingdom's four nations are named as nations: their small namesakes abroad give
// way as a big region's do.
func TestHomeNations(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"USS Gerald R. Ford departed Norfolk, Virginia, and conducted exercises off Scotland with the Royal Navy.", []string{"US"},
			[]want{{"Norfolk", "US", "city", 0}, {"Virginia", "US", "region1", 0}, {"Scotland", "GB", "region1", 0}}},
		{"The destroyer sailed from Rota, Spain, to Faslane, Scotland, and sailors from San Diego trained in Wales.", []string{"US", "ES"},
			[]want{{"Rota", "ES", "city", 0}, {"Spain", "ES", "country", 0}, {"Faslane", "GB", "feature", -627}, {"Scotland", "GB", "region1", 0}, {"San Diego", "US", "city", 0}, {"Wales", "GB", "region1", 0}}},
	})
}

// In a transcript a speaker calls a reporter by name, and "Q:" opens the reporter's question:
// a given name or a city's name so written is the person's; a country's name is only when it
// is a given name too.
func TestVocatives(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Q: Nancy Youssef, Wall Street Journal. On Lebanon.\n\nMR. KIRBY: Nancy, we've been very clear.", []string{"IL", "LB"},
			[]want{{"Lebanon", "LB", "country", 0}}},
		{"Sydney, I'm not going to get into that.\n\nQ: Tyler, Japan Times. Will ships go to Yokosuka?", []string{"US"},
			[]want{{"Yokosuka", "JP", "city", 0}}},
		{"Q: Jordan Williams, The Hill.\n\nMR. KIRBY: Jordan, we're working with Egypt and Jordan.", []string{"IL", "PS"},
			[]want{{"Egypt", "EG", "country", 0}, {"Jordan", "JO", "country", 0}}},
		// a country that is no given name stays, and so does a city that is not called
		{"Syria, we've been clear, is not a place for them. Mosul fell in 2014.", nil,
			[]want{{"Syria", "SY", "country", 0}, {"Mosul", "IQ", "city", 0}}},
	})
}

// Words of the armed services are the services, and a plural noun of ships names the ships
// after it.
func TestServicesAndShips(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A Marine KC-130J flew from Texas to Guam.", []string{"US"},
			[]want{{"Texas", "US", "region1", 0}, {"Guam", "GU", "country", 0}}},
		{"The cutters Campbell and Venturous stopped the boat near Haiti.", []string{"US", "HT"},
			[]want{{"Haiti", "HT", "country", 0}}},
	})
}

// Bases are written with "Air Force Base" or "AFB" whichever way the gazetteer writes them, and
// the installations of contract announcements and transcripts are curated (curated.tsv).
func TestInstallationsWritten(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Crews flew from Minot AFB to Wright-Patterson Air Force Base, Ohio, and the fallen returned to Dover Air Force Base.", []string{"US"},
			[]want{{"Minot AFB", "US", "city", 7259396}, {"Wright-Patterson Air Force Base", "US", "city", 7259649}, {"Ohio", "US", "region1", 0},
				{"Dover Air Force Base", "US", "feature", -446}}},
		{"Eight were medevaced to Baghdad and then on to Landstuhl. The ship arrived at Changi Naval Base in Singapore.", []string{"IQ", "SY", "SG"},
			[]want{{"Baghdad", "IQ", "city", 0}, {"Landstuhl", "DE", "feature", -458}, {"Changi Naval Base", "SG", "feature", -459}, {"Singapore", "SG", "country", 0}}},
		{"Work will be performed at Joint Base Langley-Eustis, Virginia, and Naval Air Station Patuxent River, Maryland.", []string{"US"},
			[]want{{"Joint Base Langley-Eustis", "US", "feature", -447}, {"Virginia", "US", "region1", 0},
				{"Naval Air Station Patuxent River", "US", "feature", -454}, {"Maryland", "US", "region1", 0}}},
	})
}

// "X, Y" with Y a country or region: a small town named like a country or a nation comes back
// when Y holds it, and X is left out when Y holds none of its places (the gazetteer lacks it),
// unless "X, Y" is part of a list.
func TestPlaceCommaRegion(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Work will be performed in Mexico, Missouri, and Norway, Maine.", []string{"US"},
			[]want{{"Mexico", "US", "city", 4398103}, {"Missouri", "US", "region1", 0}, {"Norway", "US", "city", 0}, {"Maine", "US", "region1", 0}}},
		{"Work will be performed in Mobile, Alabama (81%), and Henderson, Australia (19%).", []string{"US"},
			[]want{{"Mobile", "US", "city", 0}, {"Alabama", "US", "region1", 0}, {"Australia", "AU", "country", 0}}},
		{"Marines landed near San Vicente, Palawan.", []string{"PH"},
			[]want{{"Palawan", "PH", "region2", 0}}},
		// lists stay lists
		{"Talks with Russia, United States and China, Texas.", nil,
			[]want{{"Russia", "RU", "country", 0}, {"United States", "US", "country", 0}, {"China", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
		{"It is unlike the Zaire, Bundibugyo, Côte d'Ivoire and Sudan strains of Ebola in Uganda.", nil,
			[]want{{"Zaire", "CD", "country", 0}, {"Bundibugyo", "UG", "city", 0}, {"Côte d'Ivoire", "CI", "country", 0}, {"Sudan", "SD", "country", 0}, {"Uganda", "UG", "country", 0}}},
	})
}

// Laws cited by the United States Code, and the areas at the end of commands' names, are no
// places.
func TestCodeAndCommands(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"It was awarded under 10 U.S.C. 3204(a)(1) and 10 U.S. Code 2304 in the U.S.", []string{"US"},
			[]want{{"U.S.", "US", "country", 0}}},
		{"U.S. Naval Forces Europe-Africa is in Naples; Army Europe and Africa is in Wiesbaden; Patrol Forces Southwest Asia is in Bahrain.", []string{"US"},
			[]want{{"Naples", "IT", "city", 0}, {"Wiesbaden", "DE", "city", 0}, {"Bahrain", "BH", "country", 0}}},
		{"Troops flew from Pope Army Airfield and Joint Base McGuire-Dix-Lakehurst to Europe and Africa.", []string{"US"},
			[]want{{"Pope Army Airfield", "US", "feature", 0}, {"Joint Base McGuire-Dix-Lakehurst", "US", "feature", 0}, {"Europe", "", "feature", 0}, {"Africa", "", "feature", 0}}},
	})
}

// Curated bases count for nearness as towns do, and a water body's generic word before "of"
// heads its name.
func TestBasesNearAndBays(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A girl in the Bedouin community near Arad was badly hurt after missiles hit Nevatim Airbase in the Negev.", []string{"IL"},
			[]want{{"Arad", "IL", "city", 0}, {"Nevatim Airbase", "IL", "feature", -184}, {"Negev", "IL", "feature", -173}}},
		{"Minehunters cleared ordnance in the Bay of Biscay and the Gulf of Finland; fighting went on in the Bay region.", []string{"DE", "SO"},
			[]want{{"Gulf of Finland", "", "feature", -76}, {"Bay region", "SO", "region1", 0}}},
	})
}

// Press spellings of a Libyan port and the English name of the Galápagos (curated.tsv).
func TestCurated18Spellings(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The boat left Zuwara, Libya, and the cutter patrolled south of the Galapagos Islands.", []string{"LY", "EC"},
			[]want{{"Zuwara", "LY", "city", 2208425}, {"Libya", "LY", "country", 0}, {"Galapagos Islands", "EC", "region1", 3657879}}},
	})
}

// British and Canadian releases: "at X in Y" as "X, Y"; rivers, a historic county and islands
// the GeoNames extract lacks (curated.tsv); ranks alone; a country in a division's name.
func TestBritishReleases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The navy will build a new shipyard at Henderson in Western Australia.", []string{"AU"},
			[]want{{"Western Australia", "AU", "region1", 0}}},
		{"Aircraft flew from Trenton, Ontario, to Halifax.", []string{"CA"},
			[]want{{"Ontario", "CA", "region1", 0}, {"Halifax", "CA", "city", 0}}},
		{"Soldiers from Fort Bragg in Poland trained.", []string{"US"},
			[]want{{"Fort Bragg", "US", "city", 0}, {"Poland", "PL", "country", 0}}},
		{"The battalion crossed the Loire at Saumur; flood defences held in Lincolnshire and Yorkshire and in the Outer Hebrides.", []string{"GB", "FR"},
			[]want{{"Loire", "FR", "feature", -462}, {"Saumur", "FR", "city", 0}, {"Lincolnshire", "GB", "region2", 0},
				{"Yorkshire", "GB", "feature", -464}, {"Outer Hebrides", "GB", "feature", -465}}},
		{"Officer cadets trained at Sandhurst. The Army's 3rd (United Kingdom) Division at Bulford deployed.", []string{"GB"},
			[]want{{"Sandhurst", "GB", "city", 0}, {"Bulford", "GB", "city", 0}}},
	})
}

// Daily updates from Ukraine, Gaza and Syria: each name of a list placed "in" a region that
// holds none of its places is one the gazetteer lacks; a river, a reservoir, a crossing and a
// camp by the names the press uses (curated.tsv).
func TestDailyUpdates(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Russian forces advanced near Ivanivka, Mykolaivka and Hryhorivka in Donetsk Oblast.", []string{"UA", "RU"},
			[]want{{"Donetsk Oblast", "UA", "region1", 0}}},
		{"Fighting went on near Pokrovsk, Toretsk and Kurakhove in Donetsk Oblast.", []string{"UA", "RU"},
			[]want{{"Pokrovsk", "UA", "city", 0}, {"Toretsk", "UA", "city", 0}, {"Kurakhove", "UA", "city", 0}, {"Donetsk Oblast", "UA", "region1", 0}}},
		{"Russian troops reached the west bank of the Oskil near Kupiansk.", []string{"UA", "RU"},
			[]want{{"Oskil", "UA", "feature", -466}, {"Kupiansk", "UA", "city", 0}}},
		{"Aid entered through Erez, and families were repatriated from al-Hol.", []string{"PS", "SY"},
			[]want{{"Erez", "IL", "feature", -302}, {"al-Hol", "SY", "city", 173797}}},
	})
}

// Casualty releases and histories: a hometown written "X, State" is the town whatever the
// briefing's theatre; a battleship's name; the Ardennes and St. Vith (curated.tsv).
func TestHometownsAndHistories(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Sgt. Kim Lowe, 24, of Berlin, New Hampshire, died at Grafenwoehr, Germany.", []string{"DE"},
			[]want{{"Berlin", "US", "city", 0}, {"New Hampshire", "US", "region1", 0}, {"Grafenwoehr", "DE", "feature", -1737}, {"Germany", "DE", "country", 0}}},
		{"Spc. Ann Roe, 22, of Damascus, Maryland, died in Deir ez-Zor, Syria.", []string{"SY"},
			[]want{{"Damascus", "US", "city", 0}, {"Maryland", "US", "region1", 0}, {"Deir ez-Zor", "SY", "city", 0}, {"Syria", "SY", "country", 0}}},
		{"The battleship Oklahoma lost 429 crewmen at Pearl Harbor.", []string{"US"},
			[]want{{"Pearl Harbor", "US", "feature", 0}}},
		{"German forces attacked through the Ardennes toward Bastogne; the 7th Armored Division held St. Vith.", []string{"BE"},
			[]want{{"Ardennes", "", "feature", -468}, {"Bastogne", "BE", "city", 0}, {"St. Vith", "BE", "city", 2787315}}},
	})
}

// Releases on Somalia, the Congo and Alaska: Barawe at its town (the GeoNames district has no
// point), Congo for the Democratic Republic where the context says so, Utqiagvik for Barrow
// (curated.tsv).
func TestAfricaAndArctic(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Officials in Mogadishu and Barawe said the convoy reached Baraawe.", []string{"SO"},
			[]want{{"Mogadishu", "SO", "city", 0}, {"Barawe", "SO", "feature", -469}, {"Baraawe", "SO", "feature", -469}}},
		{"In eastern Congo, M23 rebels advanced to within 20 km of Goma.", []string{"CD"},
			[]want{{"Congo", "CD", "country", 0}, {"Goma", "CD", "city", 0}}},
		{"A team flew to Utqiagvik on the Arctic Ocean.", []string{"US"},
			[]want{{"Utqiagvik", "US", "city", 5880054}, {"Arctic Ocean", "", "feature", 0}}},
	})
}
