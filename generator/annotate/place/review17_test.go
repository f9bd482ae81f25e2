package place

import "testing"

// Reviews of Commonwealth defence releases, the Balkans and Libya, and maritime security in
// the Red Sea: a national force's station prefix places its town, a country after a unit's or
// a mission's head ends its name, a name before "for Operation" stays a place, and curated
// ports, islands, bases and towns.

func TestStationPrefixCountry(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Jets flew from CFB Trenton and RAAF Base Amberley.", []string{"GB"},
			[]want{{"CFB Trenton", "CA", "feature", -691}, {"RAAF Base Amberley", "AU", "feature", -692}}},
		{"A Typhoon from RAF Mount Pleasant patrolled.", []string{"FK"},
			[]want{{"RAF Mount Pleasant", "FK", "feature", -690}}},
		// negative: the town alone takes its usual place
		{"The governor visited Trenton.", []string{"US"},
			[]want{{"Trenton", "US", "city", 5105496}}},
	})
}

func TestUnitAndMissionNames(t *testing.T) {
	m := testMatcher(t)
	shown, _ := m.ResolveWithHidden([]string{"Soldiers at the British Army Training Unit Kenya in Nanyuki met NATO Mission Iraq advisers."}, []string{"KE"})
	for _, g := range shown {
		if g.Text == "Kenya" || g.Text == "Iraq" {
			t.Errorf("%q shown as a place inside a unit's name", g.Text)
		}
	}
	if cc := countryOf(shown, "Nanyuki"); cc != "KE" {
		t.Errorf("Nanyuki: %q, want KE", cc)
	}
	// negative: the country after a preposition is the place
	checkCases(t, m, []resolveCase{
		{"The mission trained soldiers in Kenya.", nil, []want{{"Kenya", "KE", "country", 0}}},
	})
}

func TestNameBeforeForOperation(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops deployed to Iraq for Operation Inherent Resolve and to Macedonia for Operation Essential Harvest.", nil,
			[]want{{"Iraq", "IQ", "country", 0}, {"Macedonia", "MK", "country", 0}}},
		// negative: a name before an organisation's name is part of it
		{"Officials of the Iraq Security Forces Fund met.", nil, nil},
	})
}

func TestCuratedReview17(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The tanker sailed toward Jebel Ali after passing the Hanish Islands.", []string{"YE"},
			[]want{{"Jebel Ali", "AE", "feature", -679}, {"Hanish Islands", "YE", "feature", -680}}},
		{"At Eagle Base near Tuzla, patrols covered the Posavina corridor around Brcko.", []string{"BA"},
			[]want{{"Eagle Base", "BA", "feature", -681}, {"Tuzla", "BA", "city", 0}, {"Posavina corridor", "BA", "feature", -682}, {"Brcko", "BA", "city", 0}}},
		{"Yugoslavia's army withdrew from Djakovica; an F-117 fell near Budjanovci.", []string{"XK", "RS"},
			[]want{{"Yugoslavia", "RS", "feature", -684}, {"Djakovica", "XK", "city", 791646}, {"Budjanovci", "RS", "feature", -683}}},
		{"Strikes hit Ras Lanuf and the Ghardabiya airfield; ships patrolled the Gulf of Sidra.", []string{"LY"},
			[]want{{"Ras Lanuf", "LY", "feature", -686}, {"Ghardabiya airfield", "LY", "feature", -687}, {"Gulf of Sidra", "LY", "feature", -79}}},
		{"Helicopters flew to Rinas airport; troops trained at Sennelager and Archer's Post; a patrol reached Resolute Bay.", nil,
			[]want{{"Rinas airport", "AL", "feature", -685}, {"Sennelager", "DE", "feature", -694}, {"Archer's Post", "KE", "feature", -695}, {"Resolute Bay", "CA", "feature", -689}}},
	})
}

func TestBorderWithCountry(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops patrolled near the border with Niger.", []string{"NG"},
			[]want{{"Niger", "NE", "country", 0}}},
		// negative: without the cue the theatre's state stays
		{"Floods hit Niger State.", []string{"NG"},
			[]want{{"Niger State", "NG", "region1", 0}}},
	})
}

func TestCodenameOfAndModels(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Chad launched Operation Wrath of Boma; a French Atlantique 2 aircraft flew over N'Djamena.", []string{"TD"},
			[]want{{"Chad", "TD", "country", 0}, {"N'Djamena", "TD", "city", 0}}},
		// negative: after a preposition of place, a name before a number stays a place
		{"In Mosul 20 vehicles burned.", []string{"IQ"},
			[]want{{"Mosul", "IQ", "city", 0}}},
	})
}

func TestCuratedSahelAsiaPacific(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Convoys crossed the Sahara to Dirkou; troops reached the Adrar des Ifoghas and Sévaré.", []string{"NE", "ML"},
			[]want{{"Sahara", "", "feature", -696}, {"Dirkou", "NE", "feature", -700}, {"Adrar des Ifoghas", "ML", "feature", -697}, {"Sévaré", "ML", "feature", -701}}},
		{"Boats reached Aktau; troops flew from Manas to Bagram and crossed the Amu Darya to Hairatan.", []string{"KZ"},
			[]want{{"Aktau", "KZ", "city", 610612}, {"Manas", "KG", "feature", -702}, {"Bagram", "AF", "feature", -364}, {"Amu Darya", "", "feature", -705}, {"Hairatan", "AF", "feature", -704}}},
		{"Ships sank in Ironbottom Sound off Henderson Field, near Savo Island and New Georgia.", []string{"SB"},
			[]want{{"Ironbottom Sound", "SB", "feature", -714}, {"Henderson Field", "SB", "feature", -715}, {"Savo Island", "SB", "feature", -713}, {"New Georgia", "SB", "feature", -712}}},
	})
}

func TestPossessiveEndedNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops moved north of St. George's, then to St. John's, Newfoundland.", []string{"GD"},
			[]want{{"St. George's", "GD", "city", 3579925}, {"St. John's", "CA", "city", 6324733}, {"Newfoundland", "CA", "region1", 0}}},
		// negative: a possessive after a name is no part of it
		{"Grenada's capital and Iraq's army.", nil,
			[]want{{"Grenada", "GD", "country", 0}, {"Iraq", "IQ", "country", 0}}},
	})
}

func TestCuratedGazaTaiwanCaribbean(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Aid entered through the Rafah crossing; trucks waited at Nitzana and the Allenby Bridge near the Dead Sea.", []string{"IL", "PS"},
			[]want{{"Rafah crossing", "PS", "feature", -725}, {"Nitzana", "IL", "feature", -727}, {"Allenby Bridge", "JO", "feature", -728}, {"Dead Sea", "", "feature", -726}}},
		{"Ships were at Subi Reef in the West Philippine Sea; bombers flew through the Bashi Channel.", []string{"PH"},
			[]want{{"Subi Reef", "", "feature", -729}, {"West Philippine Sea", "PH", "feature", -734}, {"Bashi Channel", "", "feature", -731}}},
		{"Rangers seized Torrijos-Tocumen airport and jumped onto Point Salines; detainees went to Homestead Air Force Base.", nil,
			[]want{{"Torrijos-Tocumen airport", "PA", "feature", -741}, {"Point Salines", "GD", "feature", -736}, {"Homestead Air Force Base", "US", "feature", -750}}},
	})
}

func TestEventYearsShipsAndArmies(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// an exercise's name and its year; a Norwegian coast guard ship; an army named after a state
		{"Ships gathered for Milan 2014 and sailed during Malabar 2017; KV Svalbard visited Tromsø.", []string{"IN"},
			[]want{{"Tromsø", "NO", "city", 0}}},
		{"Soldiers of the Army of the Republic of Vietnam fought in the A Shau Valley.", []string{"VN"},
			[]want{{"A Shau Valley", "VN", "feature", -791}}},
		// negative: after a preposition of place, the name before a year stays a place
		{"In Kabul 2019 was calm.", []string{"AF"}, []want{{"Kabul", "AF", "city", 0}}},
	})
}

func TestCuratedNordicKoreaVietnamSouthAsia(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Mines were cleared from the Gulf of Riga; ships crossed the Great Belt to Kirkenes.", []string{"LV", "NO"},
			[]want{{"Gulf of Riga", "", "feature", -755}, {"Great Belt", "DK", "feature", -758}, {"Kirkenes", "NO", "feature", -762}}},
		{"Marines at Yudam-ni fought south to Hagaru-ri; the Punchbowl and Geoje Island.", []string{"KP", "KR"},
			[]want{{"Yudam-ni", "KP", "feature", -771}, {"Hagaru-ri", "KP", "feature", -772}, {"Punchbowl", "KR", "feature", -781}, {"Geoje Island", "KR", "city", 1842754}}},
		{"The destroyer patrolled the Gulf of Tonkin; troops served on the Siachen Glacier.", nil,
			[]want{{"Gulf of Tonkin", "", "feature", -793}, {"Siachen Glacier", "IN", "feature", -797}}},
	})
}

func TestCuratedCemeteriesAndHistory(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The Sicily-Rome American Cemetery at Nettuno and the Luxembourg American Cemetery in Hamm.", nil,
			[]want{{"Sicily-Rome American Cemetery", "IT", "feature", -808}, {"Nettuno", "IT", "city", 0}, {"Luxembourg American Cemetery", "LU", "feature", -810}, {"Hamm", "LU", "feature", -821}}},
		{"Troops captured the Ludendorff Bridge and crossed the Moselle River; Cherbourg fell.", []string{"DE", "FR"},
			[]want{{"Ludendorff Bridge", "DE", "feature", -833}, {"Moselle River", "", "feature", -822}, {"Cherbourg", "FR", "city", 3025466}}},
		{"Gunboats fled toward Farsi Island; the USS New Jersey shelled the Chouf Mountains near Souk El Gharb.", nil,
			[]want{{"Farsi Island", "IR", "feature", -839}, {"Chouf Mountains", "LB", "feature", -843}, {"Souk El Gharb", "LB", "feature", -844}}},
		{"Sectors were set up at Hoddur; troops secured Mogadishu International Airport.", []string{"SO"},
			[]want{{"Hoddur", "SO", "city", 49747}, {"Mogadishu International Airport", "SO", "feature", -850}}},
	})
}

func TestPostalCodesAndGovernments(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// a state's postal code after "Place, " picks the town; the government of a country is it
		{"The Government of Poland requested missiles from Raytheon, Andover, MA, and Lockheed Martin, Camden, AR.", nil,
			[]want{{"Poland", "PL", "country", 0}, {"Andover", "US", "city", 4929055}, {"MA", "US", "region1", 6254926},
				{"Camden", "US", "city", 4104182}, {"AR", "US", "region1", 4099753}}},
		// negatives: a postal code elsewhere, lower case after a comma, and a firm's name with an ampersand
		{"A target (Metropolitan Police/PA) in London; Pratt & Whitney, East Hartford; Evansville, in the south.", nil,
			[]want{{"London", "GB", "city", 0}, {"East Hartford", "US", "city", 0}, {"Evansville", "US", "city", 0}}},
	})
}

func TestCorpsOfEngineersDistricts(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The St. Louis District reported that the Ohio River crested below Olmsted Locks and Dam and Bonneville Dam.", []string{"US"},
			[]want{{"St. Louis", "US", "city", 0}, {"Ohio River", "US", "feature", -869}, {"Olmsted Locks and Dam", "US", "feature", -887}, {"Bonneville Dam", "US", "feature", -881}}},
		// negative: a district abroad and one in lower case keep the suffix
		{"Fighting spread in the Kandahar District.", []string{"AF"},
			[]want{{"Kandahar District", "AF", "region2", 0}}},
	})
}

func TestShipNamedLikePlacesAsSubjects(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// a ship's name opening a sentence after the ship was named is the ship
		{"The Navy commissioned USS Kansas City in San Diego. Kansas City will be homeported there.", []string{"US"},
			[]want{{"San Diego", "US", "city", 0}}},
		// negative: named as the place, after a preposition
		{"The Navy commissioned USS Kansas City. The crew flew to Kansas City.", []string{"US"},
			[]want{{"Kansas City", "US", "city", 0}}},
	})
}

func TestCivilWarNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// armies, regiments, commanders and the Union are no places; the battlefields are
		{"Lee's Army of Northern Virginia met Chamberlain's 20th Maine and Union troops at Little Round Top and Cemetery Ridge.", []string{"US"},
			[]want{{"Little Round Top", "US", "feature", -914}, {"Cemetery Ridge", "US", "feature", -915}}},
		{"Hooker's army crossed the Delaware River; it was named for the California city.", []string{"US"},
			[]want{{"Delaware River", "US", "feature", -930}, {"California", "US", "region1", 0}}},
		// negatives: a state after a preposition, and a town with a possessive before no commander's noun
		{"Troops from Maine marched to Union, New Jersey; Mosul's defenders held.", nil,
			[]want{{"Maine", "US", "region1", 0}, {"Union", "US", "city", 0}, {"New Jersey", "US", "region1", 0}, {"Mosul", "IQ", "city", 0}}},
	})
}

func TestMissionAndForceNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The UN Mission in South Sudan and the Interim Security Force for Abyei met Combined Joint Task Force–Horn of Africa officers in Juba.", nil,
			[]want{{"Juba", "SS", "city", 0}}},
		// negative: a head of mission's post names the place
		{"The MSF Head of Mission in Chad spoke.", nil, []want{{"Chad", "TD", "country", 0}}},
	})
}

func TestColdWarAndGuardNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"West Berlin lay inside East Germany; the Soviet Union faced NATO across the Fulda Gap and Checkpoint Charlie.", []string{"DE"},
			[]want{{"West Berlin", "DE", "city", 2950159}, {"East Germany", "DE", "country", 0}, {"Soviet Union", "RU", "feature", -940}, {"Fulda Gap", "DE", "feature", -942}, {"Checkpoint Charlie", "DE", "feature", -945}}},
		// the adjutant general of a state, a country's border, and an operation's code name after a dash
		{"The adjutant general of Georgia met Polish officers near the Luxembourg border; Operation Pacific Eagle–Philippines began.", []string{"US", "GE"},
			[]want{{"Georgia", "US", "region1", 0}, {"Luxembourg", "LU", "country", 0}}},
		{"Soldiers departed Dobbins Air Reserve Base for Camp Ripley and Fort Indiantown Gap.", []string{"US"},
			[]want{{"Dobbins Air Reserve Base", "US", "feature", -953}, {"Camp Ripley", "US", "feature", -957}, {"Fort Indiantown Gap", "US", "feature", -956}}},
		// negative: the conference's name holds Europe
		{"The Conference on Security and Cooperation in Europe met in Helsinki.", nil,
			[]want{{"Helsinki", "FI", "city", 0}}},
	})
}

func TestFunctionWordEndsNoName(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// "Kuwait by" is Kuwait City in Norwegian; an English "by" after a name ends it
		{"Soldiers deployed to Kuwait by air.", nil, []want{{"Kuwait", "KW", "country", 0}}},
		// negative: function words inside names stay
		{"Ships called at Port of Spain and Rio de Janeiro.", nil,
			[]want{{"Port of Spain", "TT", "city", 0}, {"Rio de Janeiro", "BR", "city", 0}}},
	})
}

func TestCuratedPolarAndCaribbean(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A C-17 landed at Phoenix Airfield near McMurdo Station; ships crossed the Ross Sea and the Drake Passage.", nil,
			[]want{{"Phoenix Airfield", "AQ", "feature", -978}, {"McMurdo Station", "AQ", "feature", -977}, {"Ross Sea", "AQ", "feature", -981}, {"Drake Passage", "", "feature", -986}}},
		{"Damage across the Abaco Islands and Treasure Cay; engineers at Douglas-Charles Airport.", nil,
			[]want{{"Abaco Islands", "BS", "feature", -964}, {"Treasure Cay", "BS", "feature", -966}, {"Douglas-Charles Airport", "DM", "feature", -974}}},
	})
}

func TestCuratedCoreTheatres(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"SDF fighters seized the Tabqa Dam near Shadaddi.", []string{"SY"},
			[]want{{"Tabqa Dam", "SY", "feature", -998}, {"Shadaddi", "SY", "city", 172837}}},
		{"Forces moved up from Bartella and Gwer; strikes hit Baghdadi; the Kajaki Dam supplies Helmand.", []string{"IQ", "AF"},
			[]want{{"Bartella", "IQ", "feature", -999}, {"Gwer", "IQ", "feature", -1001}, {"Baghdadi", "IQ", "feature", -1000}, {"Kajaki Dam", "AF", "feature", -1002}, {"Helmand", "AF", "region1", 0}}},
	})
}

func TestCuratedMilitiaTargets(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Rockets hit the Baghdad Diplomatic Support Center and Union III; strikes hit facilities near Akashat.", []string{"IQ"},
			[]want{{"Baghdad Diplomatic Support Center", "IQ", "feature", -1003}, {"Union III", "IQ", "feature", -1004}, {"Akashat", "IQ", "feature", -1007}}},
		// negative: the Syrian president's family name is no air base
		{"The Asad regime and al-Asad's forces fought on.", []string{"SY"}, nil},
	})
}

func TestPersonActsAndTaskForceStations(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// a one-word name before a verb only a person does is the person
		{"Austin pledged an additional package; Austin also said more would come.", nil, nil},
		// a task force "in" a place is stationed there
		{"The Army activated the 3rd Multi-Domain Task Force in Hawaii near Maxwell Air Force Base.", nil,
			[]want{{"Hawaii", "US", "region1", 0}, {"Maxwell Air Force Base", "US", "feature", -1008}}},
		// negatives: a capital announces, and a city after a preposition stays
		{"Moscow announced talks; troops visited Austin.", nil,
			[]want{{"Moscow", "RU", "city", 0}, {"Austin", "US", "city", 0}}},
	})
}
