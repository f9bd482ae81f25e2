package place

import "testing"

// Bases, fields and ports of recent briefings on Syria, Yemen and Japan that the GeoNames
// extract lacks (curated.tsv).
func TestCuratedBasesAndPorts(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Rockets hit the Conoco gas field and Mission Support Site Green Village overnight.", []string{"SY", "IQ"},
			[]want{{"Conoco gas field", "SY", "feature", -332}, {"Mission Support Site Green Village", "SY", "feature", -333}}},
		{"U.S. forces at Mission Support Site Conoco returned fire.", []string{"SY"},
			[]want{{"U.S.", "US", "country", 0}, {"Mission Support Site Conoco", "SY", "feature", -332}}},
		{"Aircraft landed at Yokota on Monday before flying to Kadena.", nil,
			[]want{{"Yokota", "JP", "feature", -113}, {"Kadena", "JP", "city", 0}}},
		{"U.S. strikes hit the Ras Isa port north of Hodeidah.", []string{"YE"},
			[]want{{"U.S.", "US", "country", 0}, {"Ras Isa port", "YE", "feature", -334}, {"Hodeidah", "YE", "city", 0}}},
		// negatives: a person of the name, and the common name of the base's village
		{"Megumi Yokota was abducted in 1977.", nil, nil},
		{"Green Village residents voted on Tuesday in Ohio.", nil,
			[]want{{"Ohio", "US", "region1", 0}}},
	})
}

// Reefs and islands of the South China Sea and the Taiwan Strait (Matsu is an alias row of
// Lienchiang County), a town of the Nineveh Plains and the Sahel as a whole (curated.tsv).
func TestCuratedReefsIslandsAndRegions(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ships sailed near Mischief Reef, Fiery Cross Reef, Woody Island and Pratas.", []string{"PH", "CN", "TW"},
			[]want{{"Mischief Reef", "", "feature", -335}, {"Fiery Cross Reef", "", "feature", -336}, {"Woody Island", "", "feature", -337}, {"Pratas", "TW", "feature", -338}}},
		{"Taiwanese troops on Kinmen and Matsu held drills.", []string{"TW"},
			[]want{{"Kinmen", "TW", "feature", -1953}, {"Matsu", "TW", "feature", -1952}}},
		{"Peshmerga forces retook Bashiqa, north-east of Mosul.", []string{"IQ"},
			[]want{{"Bashiqa", "IQ", "feature", -339}, {"Mosul", "IQ", "city", 0}}},
		{"Patrols in the Sahel near Menaka and Gao.", []string{"NE", "ML"},
			[]want{{"Sahel", "", "feature", -340}, {"Menaka", "ML", "city", 0}, {"Gao", "ML", "city", 0}}},
		// Burkina Faso's region of the name, where the text says so
		{"Attacks in the Sahel region of Burkina Faso near Djibo.", []string{"BF"},
			[]want{{"Sahel region", "BF", "region1", 6930713}, {"Burkina Faso", "BF", "country", 0}, {"Djibo", "BF", "city", 0}}},
	})
}

// Korea's garrison and armistice line, a naval station by its short name, and Somalia's
// rivers (curated.tsv).
func TestCuratedKoreaAndSomaliaRivers(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops at Camp Casey and Osan patrolled near the Demilitarized Zone and Panmunjom.", []string{"KR", "KP"},
			[]want{{"Camp Casey", "KR", "feature", -341}, {"Osan", "KR", "city", 0}, {"Demilitarized Zone", "", "feature", -342}, {"Panmunjom", "", "feature", 0}}},
		{"The destroyer left Mayport for the Caribbean.", []string{"US"},
			[]want{{"Mayport", "US", "feature", -148}, {"Caribbean", "", "feature", 0}}},
		{"Al-Shabaab attacked Kismayo, Jilib and the Juba River valley, and villages along the Shabelle River.", []string{"SO", "KE"},
			[]want{{"Kismayo", "SO", "city", 0}, {"Jilib", "SO", "city", 0}, {"Juba River valley", "SO", "feature", -343}, {"Shabelle River", "SO", "feature", -344}}},
		// negatives: South Sudan's capital, a lower-case zone elsewhere, a nightclub's name
		{"Peacekeepers in Juba, South Sudan's capital, reported calm.", []string{"SS"},
			[]want{{"Juba", "SS", "city", 0}, {"South Sudan", "SS", "country", 0}}},
		{"Russia and Turkey agreed on a demilitarized zone around Idlib.", []string{"SY", "TR"},
			[]want{{"Russia", "RU", "country", 0}, {"Turkey", "TR", "country", 0}, {"Idlib", "SY", "city", 0}}},
		{"Protesters gathered at the DMZ nightclub in Ohio.", nil,
			[]want{{"Ohio", "US", "region1", 0}}},
	})
}

// A kibbutz by the Gaza Strip and a Red Sea island of Yemen (curated.tsv).
func TestCuratedGazaBorderAndRedSea(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Hamas fighters attacked Nahal Oz, Kissufim and Zikim.", []string{"IL", "PS"},
			[]want{{"Nahal Oz", "IL", "feature", 0}, {"Kissufim", "IL", "feature", -345}, {"Zikim", "IL", "feature", 0}}},
		{"Houthi boats left Kamaran at dawn.", []string{"YE"},
			[]want{{"Kamaran", "YE", "feature", -346}}},
	})
}
