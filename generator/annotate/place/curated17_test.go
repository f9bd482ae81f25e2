package place

import "testing"

// A disputed region and a disputed island that the GeoNames extract lacks (curated.tsv).
func TestCuratedDisputedPlaces(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Azerbaijani forces advanced on Stepanakert in Nagorno-Karabakh, and refugees crossed to Goris in Armenia.", []string{"AM", "AZ"},
			[]want{{"Stepanakert", "AZ", "city", 0}, {"Nagorno-Karabakh", "AZ", "feature", -425},
				{"Goris", "AM", "city", 0}, {"Armenia", "AM", "country", 0}}},
		{"The war over Karabakh displaced more than 100,000 people.", nil,
			[]want{{"Karabakh", "AZ", "feature", -425}}},
		{"Philippine ships resupplied the garrison on Thitu Island, which Manila calls Pag-asa Island.", []string{"PH"},
			[]want{{"Thitu Island", "", "feature", -426}, {"Manila", "PH", "city", 0}, {"Pag-asa Island", "", "feature", -426}}},
	})
}

// A naval base that GeoNames has only as a district, an island and a forest of the bases and
// campaigns that briefings name (curated.tsv).
func TestCuratedBasesIslandsForests(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Royal Navy frigates sailed from Portsmouth and Devonport through the English Channel.", []string{"GB"},
			[]want{{"Portsmouth", "GB", "city", 0}, {"Devonport", "GB", "feature", -427}, {"English Channel", "", "feature", -74}}},
		{"HMS Albion returned to HMNB Devonport after the exercise.", nil,
			[]want{{"HMNB Devonport", "GB", "feature", -427}}},
		// the Tasmanian town stays where the text is about Australia
		{"Residents of Devonport, Tasmania, met the mayor.", nil,
			[]want{{"Devonport", "AU", "city", 0}, {"Tasmania", "AU", "region1", 0}}},
		{"Marines moved HIMARS from Camp Schwab to Ishigaki and Amami Oshima.", []string{"JP", "US"},
			[]want{{"Camp Schwab", "JP", "feature", -419}, {"Ishigaki", "JP", "city", 0}, {"Amami Oshima", "JP", "feature", -428}}},
		{"Troops pursued Boko Haram fighters from Maiduguri toward Gwoza near the Sambisa Forest in Borno State.", []string{"NG"},
			[]want{{"Maiduguri", "NG", "city", 0}, {"Gwoza", "NG", "city", 0}, {"Sambisa Forest", "NG", "feature", -429},
				{"Borno State", "NG", "region1", 0}}},
		{"Troops cleared camps in Sambisa and rescued 300 women.", []string{"NG"},
			[]want{{"Sambisa", "NG", "feature", -429}}},
	})
}

// A village of Kosovo, a region of Texas, a naval base of Papua New Guinea and a region of
// Guyana that the GeoNames extract lacks (curated.tsv).
func TestCuratedBorderRegions(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// Banjska had been Bansko, Bulgaria, which GeoNames also calls so, 240 km away
		{"KFOR troops patrolled near Zvecan and Leposavic after clashes in Banjska and Mitrovica.", []string{"XK", "RS"},
			[]want{{"Zvecan", "XK", "city", 0}, {"Leposavic", "XK", "city", 0}, {"Banjska", "XK", "feature", -430}, {"Mitrovica", "XK", "city", 0}}},
		// the Rio Grande Valley had been Río Grande, Zacatecas
		{"Troops deployed to El Paso and the Rio Grande Valley to support Border Patrol near Reynosa.", []string{"US", "MX"},
			[]want{{"El Paso", "US", "city", 0}, {"Rio Grande Valley", "US", "feature", -431}, {"Reynosa", "MX", "city", 0}}},
		{"Engineers upgraded Lombrum Naval Base on Manus Island.", []string{"PG", "AU"},
			[]want{{"Lombrum Naval Base", "PG", "feature", -432}, {"Manus Island", "PG", "region1", 0}}},
		{"Venezuela massed troops near the Essequibo region claimed from Guyana.", []string{"VE", "GY"},
			[]want{{"Venezuela", "VE", "country", 0}, {"Essequibo region", "GY", "feature", -433}, {"Guyana", "GY", "country", 0}}},
	})
}

// Press spellings of Tall Rif‘at (an alias row).
func TestCuratedTalRifaat(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Turkish-backed forces shelled Manbij and Tal Rifaat while SDF units held Ain Issa.", []string{"SY", "TR"},
			[]want{{"Manbij", "SY", "city", 0}, {"Tal Rifaat", "SY", "city", 163476}, {"Ain Issa", "SY", "city", 0}}},
		{"Fighters withdrew from Tel Rifaat toward Aleppo.", nil,
			[]want{{"Tel Rifaat", "SY", "city", 163476}, {"Aleppo", "SY", "city", 0}}},
	})
}

// An Israeli air base and the disputed Abyei area (curated.tsv).
func TestCuratedTelNofAbyei(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Iranian missiles targeted Nevatim and Tel Nof.", []string{"IR", "IL", "US"},
			[]want{{"Nevatim", "IL", "feature", -184}, {"Tel Nof", "IL", "feature", -435}}},
		{"Fighting spread to Malakal in Upper Nile state and to the Abyei area on the border with Sudan.", []string{"SS", "SD"},
			[]want{{"Malakal", "SS", "city", 0}, {"Upper Nile state", "SS", "region1", 0}, {"Abyei area", "", "feature", -434}, {"Sudan", "SD", "country", 0}}},
	})
}

// Pakistan's former tribal agencies, Waziristan and the Khyber Pass, a village of the
// Zaporizhzhia front, and the sites of the India-China standoff in Ladakh (curated.tsv; South
// Waziristan is an alias row of the GeoNames district).
func TestCuratedFrontierSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Strikes hit militants in South Waziristan after attacks in North Waziristan and Bajaur; Miranshah was under curfew.", []string{"PK", "AF"},
			[]want{{"South Waziristan", "PK", "region2", 1164536}, {"North Waziristan", "PK", "feature", -436}, {"Bajaur", "PK", "feature", -438},
				{"Miranshah", "PK", "feature", -440}}},
		{"Militants crossed the Khyber Pass into Pakistan from Waziristan.", nil,
			[]want{{"Khyber Pass", "PK", "feature", -439}, {"Pakistan", "PK", "country", 0}, {"Waziristan", "PK", "feature", -437}}},
		{"The brigade held positions near Robotyne and Verbove, south of Orikhiv.", []string{"UA"},
			[]want{{"Robotyne", "UA", "feature", -150}, {"Verbove", "UA", "feature", -441}, {"Orikhiv", "UA", "city", 0}}},
		{"Indian and Chinese troops disengaged at Galwan, Pangong Tso and Depsang in Ladakh.", []string{"IN", "CN"},
			[]want{{"Galwan", "", "feature", -442}, {"Pangong Tso", "", "feature", -443}, {"Depsang", "", "feature", -444}, {"Ladakh", "IN", "region1", 0}}},
	})
}

// A big place's name before "International Airport" is the city the airport serves; a small
// place's is most often a person's ("Pearson International Airport").
func TestInternationalAirport(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Drones hit Sulaymaniyah International Airport and Basra International Airport.", []string{"IQ"},
			[]want{{"Sulaymaniyah", "IQ", "city", 0}, {"Basra", "IQ", "city", 0}}},
		// curated airports are themselves
		{"Drones hit Erbil International Airport and Baghdad International Airport.", []string{"IQ"},
			[]want{{"Erbil International Airport", "IQ", "feature", -498}, {"Baghdad International Airport", "IQ", "feature", -497}}},
		{"Flights were cancelled at Toronto's Pearson International Airport.", nil,
			[]want{{"Toronto", "CA", "city", 0}}},
		{"Amnesty International said the strikes hit Gaza.", nil,
			[]want{{"Gaza", "PS", "city", 0}}},
	})
}

// The PKK's mountains and Makhmour (curated.tsv): the Iraqi places they name draw Sinjar to
// Iraq in a briefing on Turkey and Syria.
func TestCuratedQandilMakhmour(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Turkish jets struck PKK targets in the Qandil Mountains and near Sinjar and Makhmour.", []string{"TR", "SY"},
			[]want{{"Qandil Mountains", "IQ", "feature", -445}, {"Sinjar", "IQ", "city", 448149}, {"Makhmour", "IQ", "city", 0}}},
		{"Turkish drones hit the Makhmour camp and Qandil.", []string{"IQ"},
			[]want{{"Makhmour", "IQ", "city", 0}, {"Qandil", "IQ", "feature", -445}}},
	})
}
