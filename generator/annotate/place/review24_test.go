package place

import "testing"

// The Levant, Harvey, Libya 2011, Guantánamo and Tigray reviews: a big city's name with "City"
// in a briefing on a neighbour; a capital's namesake in a third country; a storm's name before
// its storm's words; a ship's possessive and a ship after "aboard the" and its first words; a
// speaker before an aside and "said".
func TestReviewLevantHarveyLibya(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Aid arrived in Gaza City.", []string{"IL"}, []want{{"Gaza City", "PS", "city", 0}}},
		{"Evacuees flew to Athens. The Ford returned to Norfolk.", []string{"IL"},
			[]want{{"Athens", "GR", "city", 0}, {"Norfolk", "US", "city", 0}}},
		{"Harvey's eyewall passed over Rockport.", nil, []want{{"Rockport", "US", "city", 0}}},
		{"Ida made landfall near LaPlace, Louisiana.", nil, []want{{"LaPlace", "US", "city", 0}, {"Louisiana", "US", "region1", 0}}},
		{"The Oak Hill's landing craft carried supplies to Port Arthur, Texas.", nil,
			[]want{{"Port Arthur", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
		{"The admiral told reporters aboard the Mount Whitney that strikes continued.", []string{"LY"}, nil},
		{"French Tigre helicopters struck near Brega.", []string{"LY"}, []want{{"Brega", "LY", "city", 0}}},
		{"Austin, speaking to reporters in Seoul, said the talks went well.", []string{"IL"}, []want{{"Seoul", "KR", "city", 0}}},
		// negatives: the capital's namesake with its state; a storm's name as a town with its
		// state; a town's possessive; a ship's name after "aboard" keeps a country
		{"Evacuees flew to Athens, Georgia.", []string{"IL"}, []want{{"Athens", "US", "city", 0}, {"Georgia", "US", "region1", 0}}},
		{"The mayor of Harvey, Illinois, spoke.", nil, []want{{"Harvey", "US", "city", 0}, {"Illinois", "US", "region1", 0}}},
		{"Oak Hill's mayor spoke in Virginia.", nil, []want{{"Oak Hill", "US", "city", 0}, {"Virginia", "US", "region1", 0}}},
		{"Austin said the talks in Seoul went well.", []string{"IL"}, []want{{"Seoul", "KR", "city", 0}}},
	})
}

// The same reviews: each name of a list placed "in" a country lies there; bare "Aviano" and
// "Fairford" are the air bases; a first-level region of few people abroad needs support; every
// river of a name stays a candidate; curated places of the Tigray war, Libya, Guantánamo Bay
// and Houston.
func TestReviewCuratedHornLibyaCubaHouston(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Jets flew from Morón and Rota in Spain.", []string{"IT"},
			[]want{{"Morón", "ES", "city", 0}, {"Rota", "ES", "city", 0}, {"Spain", "ES", "country", 0}}},
		{"Growlers flew from Aviano; B-52s flew from Fairford.", []string{"LY"},
			[]want{{"Aviano", "IT", "feature", -521}, {"Fairford", "GB", "feature", -524}}},
		{"Boquerón sits on the eastern shore of Guantánamo Bay.", []string{"CU"}, []want{{"Guantánamo Bay", "CU", "feature", 0}}},
		{"Forces moved through Adwa, Alamata and Weldiya to Shewa Robit.", []string{"ET"},
			[]want{{"Adwa", "ET", "feature", -2381}, {"Alamata", "ET", "feature", -2387}, {"Weldiya", "ET", "feature", -2388}, {"Shewa Robit", "ET", "feature", -2392}}},
		{"Refugees crossed the Tekeze River from Mai Kadra to Hamdayet.", []string{"ET"},
			[]want{{"Tekeze River", "ET", "feature", -2393}, {"Mai Kadra", "ET", "feature", -2389}, {"Hamdayet", "SD", "feature", -2397}}},
		{"Passengers flew from Bole International Airport.", []string{"ET"}, []want{{"Bole International Airport", "ET", "feature", -2398}}},
		{"Trucks crossed at Salloum; fighters held Tajoura; ships passed Pantelleria.", []string{"LY"},
			[]want{{"Salloum", "EG", "city", 359867}, {"Tajoura", "LY", "city", 2210394}, {"Pantelleria", "IT", "feature", -2400}}},
		{"Detainees were moved from Camp X-Ray to Camp Delta.", []string{"CU"},
			[]want{{"Camp X-Ray", "CU", "feature", -2402}, {"Camp Delta", "CU", "feature", -2401}}},
		{"Guard boats patrolled the Fifth Ward and Kingwood in Houston.", nil,
			[]want{{"Fifth Ward", "US", "feature", -2405}, {"Kingwood", "US", "feature", -2406}, {"Houston", "US", "city", 0}}},
		{"Guard trucks crossed the Colorado River at Bastrop, Texas.", nil,
			[]want{{"Colorado River", "US", "feature", -2410}, {"Bastrop", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
		// negatives: the Colorado at Hoover Dam; Paraguay's department in its own briefing;
		// Yukon Territory of few people keeps its name
		{"The dam on the Colorado River near Las Vegas held.", nil,
			[]want{{"Colorado River", "US", "feature", -1164}, {"Las Vegas", "US", "city", 0}}},
		{"Troops patrolled Boquerón.", []string{"PY"}, []want{{"Boquerón", "PY", "region1", 0}}},
		{"The object was shot down over Yukon Territory.", []string{"US"}, []want{{"Yukon Territory", "CA", "region1", 0}}},
	})
}

// The Allies Welcome, Sandy, Yemen and flood-fight reviews: a person before "apologized" or
// "activated"; a time zone after "midnight" or "noon"; "U.S. Air Forces in Europe"; a
// state's river after "the" (or "the lower") before a verb; curated short names of bases;
// curated New York and New Jersey places and press spellings of Yemen and Saudi Arabia; the
// Port Authority of New York and New Jersey.
func TestReviewAlliesSandyYemenFloods(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Austin apologized for the strike in Kabul.", []string{"AF"}, []want{{"Kabul", "AF", "city", 0}}},
		{"The last C-17 left Kabul at midnight Kabul time.", []string{"AF"}, []want{{"Kabul", "AF", "city", 0}}},
		{"U.S. Air Forces in Europe said the flights continued.", nil, nil},
		{"The Mississippi poured across the floodway; the lower Missouri stayed high.", nil,
			[]want{{"Mississippi", "US", "feature", 0}, {"Missouri", "US", "feature", 0}}},
		{"Floodwater covered one-third of Offutt.", nil, []want{{"Offutt", "US", "city", 7259430}}},
		{"Guard trucks delivered fuel to Long Island; pumps ran under the East River.", nil,
			[]want{{"Long Island", "US", "feature", -2413}, {"East River", "US", "feature", -2414}}},
		{"A fire in Breezy Point, Queens, destroyed homes.", nil,
			[]want{{"Breezy Point", "US", "feature", -2419}, {"Queens", "US", "city", 0}}},
		{"Houthi fighters took Al Juba, south of Marib; a strike hit Samtah.", []string{"YE"},
			[]want{{"Al Juba", "YE", "region2", 6940844}, {"Marib", "YE", "city", 0}, {"Samtah", "SA", "city", 102451}}},
		{"The Port Authority of New York and New Jersey closed the tunnels.", nil, nil},
		// negatives: an army's forces where they are; the state after "from"; a
		// Minnesota namesake with its state
		{"Iraqi Security Forces in Mosul advanced.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}}},
		{"Guardsmen from Mississippi deployed.", nil, []want{{"Mississippi", "US", "region1", 0}}},
		{"He retired to Breezy Point, Minnesota.", nil, []want{{"Breezy Point", "US", "city", 5019188}, {"Minnesota", "US", "region1", 0}}},
	})
}

// The Al Asad, Ukraine aid and port-visit reviews: a person before an adverb and a deed; a
// river after "on the" before "held"; curated short names ("K-1", "Grafenwoehr") and places of
// the January 2020 crisis; a ship before "and the" another ship and its deed.
func TestReviewAlAsadUkraineAidPortVisits(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Austin first convened the group at Ramstein Air Base.", []string{"UA"}, []want{{"Ramstein Air Base", "DE", "feature", 0}}},
		{"The dam on the Dnipro held.", []string{"UA"}, []want{{"Dnipro", "UA", "feature", 0}}},
		{"Ukrainian crews trained at Grafenwoehr.", []string{"UA"}, []want{{"Grafenwoehr", "DE", "feature", -1737}}},
		{"Rockets struck K-1 near Kirkuk.", []string{"IQ"}, []want{{"K-1", "IQ", "feature", -377}, {"Kirkuk", "IQ", "city", 0}}},
		{"The missiles crossed the Zagros Mountains; one landed near Bardarash.", []string{"IQ"},
			[]want{{"Zagros Mountains", "IR", "feature", -2426}, {"Bardarash", "IQ", "feature", -2428}}},
		{"The Truman and the Carl Vinson struck targets in Yemen.", nil, []want{{"Yemen", "YE", "country", 0}}},
		// negatives: two countries before "and the"; the city of Dnipro
		{"The Philippines and the United States signed the deal.", nil,
			[]want{{"Philippines", "PH", "country", 0}, {"United States", "US", "country", 0}}},
		{"Missiles struck Dnipro overnight.", []string{"UA"}, []want{{"Dnipro", "UA", "city", 0}}},
	})
}

// The balloon, hospital-ship, Capitol, Kobani and Taiwan reviews: "the Yukon" is the
// territory; a person before "met" and a title; a small town's possessive before "crew" is a
// ship; Latin American navies' ship prefixes; "West Side" and "Statue of Liberty" name no
// town; "on X in Y" places X in Y; curated places of Washington, D.C., the 2014 Iraq war and
// the Taiwan Strait.
func TestReviewBalloonShipsCapitolKobaniTaiwan(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A fighter shot down an object over the Yukon on Saturday.", []string{"CA"}, []want{{"Yukon", "CA", "region1", 0}}},
		{"Crews closed their searches in the Yukon and on Lake Huron.", nil, []want{{"Yukon", "CA", "region1", 0}, {"Lake Huron", "", "feature", 0}}},
		{"The team drove from Oklahoma City to Yukon.", nil, []want{{"Oklahoma City", "US", "city", 0}, {"Yukon", "US", "city", 0}}},
		{"Austin met Defence Minister Anita Anand in Brussels.", []string{"CA"}, []want{{"Brussels", "BE", "city", 0}}},
		{"In Queens, Comfort's crew worked alongside the Army.", nil, []want{{"Queens", "US", "city", 0}}},
		{"The Colombian navy's ARC Buenaventura escorted the boats.", []string{"CO"}, nil},
		{"Comfort moored on Manhattan's West Side near the Statue of Liberty.", nil, []want{{"Manhattan", "US", "city", 0}}},
		{"Brigades trained on Dongshan in Fujian province.", []string{"CN"},
			[]want{{"Dongshan", "CN", "feature", -2430}, {"Fujian province", "CN", "region1", 0}}},
		{"Sailors worked at a shipyard on Henderson in Western Australia.", nil, []want{{"Western Australia", "AU", "region1", 0}}},
		{"A cutter patrolled north of Pingtan island.", []string{"CN"}, []want{{"Pingtan island", "CN", "feature", -2429}}},
		{"Protesters gathered in Lafayette Square and on Capitol Hill.", nil,
			[]want{{"Lafayette Square", "US", "feature", -2434}, {"Capitol Hill", "US", "feature", -2435}}},
		{"Aircraft dropped water over Amerli and Sulaiman Bek.", []string{"IQ"},
			[]want{{"Amerli", "IQ", "feature", -2431}, {"Sulaiman Bek", "IQ", "feature", -2432}}},
		// negatives: the river before a river's verb; a town's possessive before its police
		{"The Yukon crested at Dawson.", nil, []want{{"Yukon", "", "feature", 0}}},
		{"Kirkuk's police patrolled.", []string{"IQ"}, []want{{"Kirkuk", "IQ", "city", 0}}},
	})
}

// The Kashmir, Beirut, Honduras and Dorian reviews: a national capital is no namesake of a
// foreign city that once bore its name; a name right after a capitalised "New" ends a longer
// name; a two-word aircraft's name is no town; a cruise line named after a sea; curated
// suburbs of Beirut and points of Bahamian districts.
func TestReviewKashmirBeirutHondurasDorian(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Reporters in Islamabad heard the briefing.", []string{"PK"}, []want{{"Islamabad", "PK", "city", 0}}},
		{"The New Jersey fired 11 rounds at positions above Beirut.", []string{"LB"}, []want{{"Beirut", "LB", "city", 0}}},
		{"Crews flew one Black Hawk and two Chinooks to La Ceiba.", []string{"HN"}, []want{{"La Ceiba", "HN", "city", 0}}},
		{"A Royal Caribbean vessel took 1,400 people from Nassau.", []string{"BS"}, []want{{"Nassau", "BS", "city", 0}}},
		{"The Italians patrolled near Shatila and Hay es-Sellom.", []string{"LB"},
			[]want{{"Shatila", "LB", "feature", -2439}, {"Hay es-Sellom", "LB", "feature", -2438}}},
		{"Teams handed out tarps in Hope Town.", []string{"BS"}, []want{{"Hope Town", "BS", "region1", 8030548}}},
		// negatives: a state after "New" as a whole; the towns of Black Hawk with their state
		{"He flew to New Mexico.", nil, []want{{"New Mexico", "US", "region1", 0}}},
		{"He lived in Black Hawk, South Dakota.", nil, []want{{"Black Hawk", "US", "city", 0}, {"South Dakota", "US", "region1", 0}}},
	})
	if ms := m.Resolve([]string{"Teams handed out tarps in Hope Town."}, []string{"BS"}); len(ms) != 1 || !ms[0].Place.HasCoords {
		t.Errorf("Hope Town: %+v, want a point", ms)
	}
}

// The Frequent Wind and Noble Eagle reviews: a ship after "boarded the"; Quonset huts; Saigon
// by its former name; curated places of September 11.
func TestReviewFrequentWindNobleEagle(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines boarded the Mayaguez at dawn.", []string{"KH"}, nil},
		{"Marines put up 100 Quonset huts.", nil, nil},
		{"The flights came from Saigon.", []string{"PH"}, []want{{"Saigon", "VN", "city", 1566083}}},
		{"Fighters scrambled from Otis Air Base; wreckage fell near Shanksville.", nil,
			[]want{{"Otis Air Base", "US", "feature", -2450}, {"Shanksville", "US", "feature", -2449}}},
		// negative: the town of Mayagüez
		{"Guardsmen landed at Mayagüez, Puerto Rico.", nil, []want{{"Mayagüez", "PR", "city", 0}, {"Puerto Rico", "PR", "country", 0}}},
	})
}

// The Bosnia, Izmit and 1990s reviews: "Tank" is a common word; an airlift or a blockade after
// a city is an event there; "U.S." in a survey's name; Baluchistan.
func TestReviewBosniaIzmitNineties(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Tank fire hit the town.", []string{"BA"}, nil},
		{"The airlift outlasted the Berlin Airlift.", nil, []want{{"Berlin", "DE", "city", 0}}},
		{"Scientists from the U.S. Geological Survey mapped the fault.", nil, nil},
		{"One missile fell in Pakistan's Baluchistan province.", nil,
			[]want{{"Pakistan", "PK", "country", 0}, {"Baluchistan province", "PK", "region1", 1183606}}},
		// negative: the Pakistani town in its own context
		{"Troops reached Tank and Dera Ismail Khan.", []string{"PK"}, []want{{"Tank", "PK", "city", 0}, {"Dera Ismail Khan", "PK", "city", 0}}},
	})
}

// The Desert One and Cyclone Idai reviews: a feature's head in capitals before a name; the
// curated Pungwe alone.
func TestReviewDesertOneIdai(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"TELL AFAR — Troops entered the town.", []string{"IQ"}, nil},
		{"The task force met at WADI KENA in Egypt.", nil, []want{{"Egypt", "EG", "country", 0}}},
		{"Villages along the Buzi and Pungwe were stranded.", []string{"MZ"},
			[]want{{"Buzi", "MZ", "feature", 0}, {"Pungwe", "MZ", "feature", -1644}}},
		// negative: Tal Afar by its name, and the region of Afar
		{"Tal Afar lies west of Mosul; Afar region is in Ethiopia.", nil,
			[]want{{"Tal Afar", "IQ", "city", 0}, {"Mosul", "IQ", "city", 0}, {"Afar region", "ET", "region1", 0}, {"Ethiopia", "ET", "country", 0}}},
	})
}

// The El Dorado Canyon review: "the America" is the carrier.
func TestReviewTheAmerica(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A-7Es from the America struck Benghazi.", []string{"LY"}, []want{{"Benghazi", "LY", "city", 0}}},
		{"The delegation flew to America.", nil, []want{{"America", "US", "country", 0}}},
	})
}

// The Beirut and Izmit reviews: "shelled" is a ship's deed; the Bosphorus lies in Turkey.
func TestReviewShelledAndBosphorus(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The Arlington shelled the Chouf.", []string{"LB"}, []want{{"Chouf", "LB", "feature", 0}}},
		{"Ships passed through the Bosporus.", nil, []want{{"Bosporus", "TR", "feature", -82}}},
	})
}
