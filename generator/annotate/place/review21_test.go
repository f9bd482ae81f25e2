package place

import "testing"

// Reviews of the Sahel, West Africa and Libya: an Islamic State province's or branch's name
// holds no place; a year and a name before a noun of events is the place of the event, not a
// vehicle's make; an Arabic feature head before a town's name makes a feature, not a person's
// name, and leaves the town a place elsewhere; a town before a lower-case landform, and a
// generic word before a numeral, need a place of their country nearby.
func TestReviewSahelLibya(t *testing.T) {
	m := testMatcher(t)
	sahel := []string{"NE", "ML", "BF", "TD", "NG", "CM", "MR", "SN"}
	checkCases(t, m, []resolveCase{
		{"Fighters of the Islamic State in the Greater Sahara ambushed the patrol near Niamey.", sahel,
			[]want{{"Niamey", "NE", "city", 2440485}}},
		{"The soldiers fought the Islamic State's West Africa Province around Lake Chad.", sahel,
			[]want{{"Lake Chad", "", "feature", -166}}},
		{"Fighters of the Islamic State Sahel Province and Islamic State Somalia Province took Ménaka.", sahel,
			[]want{{"Ménaka", "ML", "city", 0}}},
		// negatives: "Islamic State fighters in Mali" names Mali
		{"Islamic State fighters in Mali retreated.", sahel, []want{{"Mali", "ML", "country", 0}}},
		{"He is charged over the 2012 Benghazi attacks and the 2023 Derna flood.", []string{"LY"},
			[]want{{"Benghazi", "LY", "city", 88319}, {"Derna", "LY", "city", 87205}}},
		// negative: a model year before a vehicle's make
		{"Police stopped a 2005 black Ford truck near the school.", []string{"US"}, nil},
		{"Rescuers reached Derna, near the Wadi Derna.", []string{"LY"},
			[]want{{"Derna", "LY", "city", 87205}, {"Wadi Derna", "LY", "feature", -1362}}},
		{"Fighters fled up the Wadi Hawran toward Sirte.", []string{"LY"},
			[]want{{"Sirte", "LY", "city", 0}}},
		{"Ubari lies on the edge of the Ubari Sand Sea.", []string{"LY"},
			[]want{{"Ubari", "LY", "city", 0}, {"Ubari Sand Sea", "LY", "feature", -1361}}},
		{"Chadian troops patrolled the Boma peninsula near Bol.", sahel,
			[]want{{"Bol", "TD", "city", 0}}},
		// "the Sahel" is the belt, "the Sahel Region" and "in Sahel" Burkina Faso's region
		{"France deployed 5,100 troops to the Sahel.", sahel,
			[]want{{"France", "FR", "country", 0}, {"Sahel", "", "feature", -340}}},
		{"Militants attacked Djibo in the Sahel Region.", sahel,
			[]want{{"Djibo", "BF", "city", 0}, {"Sahel Region", "BF", "region1", 6930713}}},
		{"Sector 1 is at Mora in Cameroon and Sector 2 at Baga Sola in Chad.", sahel,
			[]want{{"Mora", "CM", "city", 0}, {"Cameroon", "CM", "country", 0}, {"Baga Sola", "TD", "feature", -1348}, {"Chad", "TD", "country", 0}}},
		{"Four U.S. soldiers were killed near Tongo Tongo; militants later struck Inates and Chinagodrar.", sahel,
			[]want{{"U.S.", "US", "country", 0}, {"Tongo Tongo", "NE", "feature", -1339}, {"Inates", "NE", "feature", -1355}, {"Chinagodrar", "NE", "feature", -1356}}},
		{"Garoua is in Cameroon's North Region; militants attacked Bosso.", sahel,
			[]want{{"Garoua", "CM", "city", 0}, {"Cameroon", "CM", "country", 0}, {"North Region", "CM", "region1", 2223603}, {"Bosso", "NE", "region2", 11996019}}},
		{"Aid moved along the Chari River and the Logone River through the Fezzan.", []string{"TD", "LY"},
			[]want{{"Chari River", "TD", "feature", -1342}, {"Logone River", "", "feature", -1343}, {"Fezzan", "LY", "feature", -1360}}},
	})
}

// Reviews of the Second World War in the Pacific, Korea and Vietnam: curated islands, seas,
// straits, battlefields and bases; a service's adjective opens an installation's name; an
// English word that a territory's name is spelled as without its accent ("Reunion") needs
// its accent or support.
func TestReviewPacificKoreaVietnam(t *testing.T) {
	m := testMatcher(t)
	pacific := []string{"JP", "US", "PH", "KR", "VN", "SB", "KI", "MP", "PW", "GU"}
	checkCases(t, m, []resolveCase{
		{"The invasion force was bound for Port Moresby on New Guinea across the Solomon Sea.", pacific,
			[]want{{"Port Moresby", "PG", "city", 0}, {"New Guinea", "", "feature", -1366}, {"Solomon Sea", "", "feature", -1367}}},
		{"Battleships waited in Surigao Strait; the Sixth Army landed at Lingayen Gulf.", pacific,
			[]want{{"Surigao Strait", "PH", "feature", -1371}, {"Lingayen Gulf", "PH", "feature", -1373}}},
		{"Marines landed on Gavutu and Tanambogo and held Edson's Ridge.", pacific,
			[]want{{"Gavutu", "SB", "feature", -1383}, {"Tanambogo", "SB", "feature", -1384}, {"Edson's Ridge", "SB", "feature", -1389}}},
		{"Marines assaulted Betio on Tarawa Atoll and landed on Peleliu in the Palau Islands.", pacific,
			[]want{{"Betio", "KI", "feature", -609}, {"Tarawa Atoll", "KI", "region2", 7521611}, {"Peleliu", "PW", "region1", 0}, {"Palau Islands", "PW", "country", 1559582}}},
		{"Soldiers landed on Attu and Kiska; carrier aircraft struck Truk.", pacific,
			[]want{{"Attu", "US", "feature", -1394}, {"Kiska", "US", "feature", -1395}, {"Truk", "FM", "feature", -722}}},
		{"Marines seized Wolmi-do near Inchon.", []string{"KR", "KP"},
			[]want{{"Wolmi-do", "KR", "feature", -1401}, {"Inchon", "KR", "city", 0}}},
		{"Australians held the valley at Kapyong; Marines fought in the Naktong Bulge.", []string{"KR", "KP"},
			[]want{{"Kapyong", "KR", "city", 1843082}, {"Naktong Bulge", "KR", "feature", -1407}}},
		{"Australians fought at Long Tan near Nui Dat; Marines fought along the Perfume River.", []string{"VN", "LA", "KH"},
			[]want{{"Long Tan", "VN", "feature", -1409}, {"Nui Dat", "VN", "feature", -1410}, {"Perfume River", "VN", "feature", -1412}}},
		// a list of names after a plural of ships names ships
		{"Dive bombers sank the carriers Akagi, Kaga, Soryu and Hiryu off Midway Atoll.", pacific,
			[]want{{"Midway Atoll", "UM", "feature", -169}}},
		{"The carriers sailed from Kure, Kaga and Tokyo.", pacific,
			[]want{{"Kure", "JP", "city", 0}, {"Kaga", "JP", "city", 0}, {"Tokyo", "JP", "city", 0}}},
		{"Aircraft struck Naval Air Station Kaneohe Bay on Oahu.", pacific,
			[]want{{"Kaneohe Bay", "US", "feature", 0}, {"Oahu", "US", "feature", 0}}},
		{"Families met on Iwo To for the 80th Reunion of Honor.", pacific,
			[]want{{"Iwo To", "JP", "feature", 0}}},
		{"Veterans flew from Réunion to Paris.", pacific,
			[]want{{"Réunion", "RE", "country", 0}, {"Paris", "FR", "city", 0}}},
	})
}

// Reviews of Iraq from 2004 to 2011 and Afghanistan from 2001 to 2014: the Euphrates' Iraqi
// stretch; curated towns, districts, valleys and bases; "Sons of Iraq" is an organisation; a
// code name runs on across a possessive; a name after a forward base's head needs a place of
// its country nearby; a supply route's name is none; a second-level region the data lists
// twice under one id has one point.
func TestReviewIraqAfghanistan(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines crossed the Euphrates River at Fallujah.", []string{"IQ"},
			[]want{{"Euphrates River", "IQ", "feature", -1451}, {"Fallujah", "IQ", "city", 99454}}},
		{"SDF fighters cleared villages along the Euphrates near Dayr Az Zawr.", []string{"SY"},
			[]want{{"Euphrates", "SY", "feature", -1}, {"Dayr Az Zawr", "SY", "city", 0}}},
		{"Troops cleared Yusufiyah, Latifiyah and Iskandariyah; the Sons of Iraq manned checkpoints in Baghdad.", []string{"IQ"},
			[]want{{"Yusufiyah", "IQ", "feature", -1434}, {"Latifiyah", "IQ", "feature", -1435}, {"Iskandariyah", "IQ", "feature", -1436}, {"Baghdad", "IQ", "city", 0}}},
		{"Operation Anaconda was fought in the Shahi-Kot Valley; a convoy in Operation Eagle's Summit reached Kajaki Dam.", []string{"AF"},
			[]want{{"Shahi-Kot Valley", "AF", "feature", -1424}, {"Kajaki Dam", "AF", "feature", -1002}}},
		{"British troops advanced from Forward Operating Base Edinburgh toward Musa Qala; soldiers at FOB Sharana in Paktika.", []string{"AF"},
			[]want{{"Musa Qala", "AF", "city", 0}, {"Sharana", "AF", "city", 0}, {"Paktika", "AF", "region1", 0}}},
		{"Convoys on MSR Tampa and ASR Jackson were hit near Balad.", []string{"IQ"},
			[]want{{"Balad", "IQ", "city", 0}}},
		{"Soldiers cleared Pashmul in the Zhari district; troops in Panjwai pushed on; a bomber struck Khost province.", []string{"AF"},
			[]want{{"Pashmul", "AF", "city", 0}, {"Zhari district", "AF", "region2", 7053311}, {"Panjwai", "AF", "region2", 7053307}, {"Khost province", "AF", "region1", 1444362}}},
	})
	for _, mention := range m.Resolve([]string{"Troops in Panjwai pushed toward the river."}, []string{"AF"}) {
		if !mention.Place.HasCoords {
			t.Errorf("%s has no point", mention.Text)
		}
	}
}

// Reviews of the war in Ukraine: a country's possessive before a noun of what its forces do, and
// a demonym before a noun of armed forces, say who acts, not where ("Russia's advance on
// Pokrovsk", "Russian troops seized Artemovsk" keep the Ukrainian towns, with Russia among
// the context countries too); curated villages, canals, bays and bases.
func TestReviewUkraine(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"UA", "RU", "PL", "RO", "MD", "BY"}
	checkCases(t, m, []resolveCase{
		{"Russia's advance on Pokrovsk slowed in December.", theatre,
			[]want{{"Russia", "RU", "country", 0}, {"Pokrovsk", "UA", "city", 704422}}},
		{"Russian troops attacked Pokrovsk from the south-east.", theatre,
			[]want{{"Pokrovsk", "UA", "city", 704422}}},
		{"Russian troops seized Artemovsk in May.", theatre,
			[]want{{"Artemovsk", "UA", "city", 713174}}},
		// negative: a demonym before an official still votes for its country
		{"Police in Red Sea province said the road was closed, an Egyptian official said.", nil,
			[]want{{"Red Sea province", "EG", "region1", 0}}},
		{"Chasiv Yar stands on the Siverskyi Donets–Donbas canal; troops left the Chornobyl exclusion zone.", theatre,
			[]want{{"Chasiv Yar", "UA", "city", 0}, {"Siverskyi Donets–Donbas canal", "UA", "feature", -1457}, {"Chornobyl", "UA", "feature", -1468}}},
		{"Drones hit Olenya and Belaya air base; the missile fell in Hrubieszów county.", theatre,
			[]want{{"Olenya", "RU", "feature", -1472}, {"Belaya air base", "RU", "feature", -1471}, {"Hrubieszów county", "PL", "region2", 7530738}}},
	})
}

// Reviews of Indo-Pacific exercises: curated training areas, bases, straits and islands;
// Indonesian, Thai and Malaysian ship prefixes; a command's head before a hyphen is no
// double-barrelled surname: "Marine Rotational Force-Darwin" names the force's station, as
// "U.S. Forces Korea" does, and leaves Darwin a place elsewhere in the briefing.
func TestReviewIndoPacificExercises(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"AU", "TH", "ID", "PH", "JP", "US", "IN", "KR"}
	checkCases(t, m, []resolveCase{
		{"Marine Rotational Force-Darwin trains at Mount Bundey, southeast of Darwin.", theatre,
			[]want{{"Mount Bundey", "AU", "feature", -572}, {"Darwin", "AU", "city", 2073124}}},
		{"KRI Surabaya sailed from Jakarta; HTMS Chonburi sailed from Sattahip.", theatre,
			[]want{{"Jakarta", "ID", "city", 0}, {"Sattahip", "TH", "city", 0}}},
		{"Marines set up launchers on Ishigaki, southwest of Okinawa Island.", theatre,
			[]want{{"Ishigaki", "JP", "city", 0}, {"Okinawa Island", "JP", "region1", 1854345}}},
		{"Singapore will expand a training area at Greenvale, west-northwest of Townsville.", theatre,
			[]want{{"Singapore", "SG", "country", 0}, {"Greenvale", "AU", "feature", -1475}, {"Townsville", "AU", "city", 0}}},
		{"Aircraft flew from Korat Royal Thai Air Force Base over the Sunda Strait.", theatre,
			[]want{{"Korat Royal Thai Air Force Base", "TH", "feature", -1492}, {"Sunda Strait", "ID", "feature", -1500}}},
	})
}

// Reviews of Second World War commemorations in Europe: names in a list before "beaches" or
// "beachheads" are the beaches the gazetteer has ("Omaha and Utah beaches"); "the Ardennes"
// is the forest, not France's département, in a theatre counting France; curated villages,
// rivers and landing sites.
func TestReviewEurope1944(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"FR", "BE", "NL", "DE", "IT", "LU", "TN", "DZ", "MA"}
	checkCases(t, m, []resolveCase{
		{"The Rangers scaled the cliffs between Omaha and Utah beaches.", theatre,
			[]want{{"Omaha", "FR", "feature", -206}, {"Utah", "FR", "feature", -506}}},
		{"The German offensive in the Ardennes opened on Dec. 16, 1944.", theatre,
			[]want{{"Ardennes", "", "feature", -468}}},
		{"Floods hit the Ardennes department.", []string{"FR"},
			[]want{{"Ardennes department", "FR", "region2", 0}}},
		{"Soldiers laid wreaths at Saint-Laurent-sur-Mer; the operation fell short on the Lower Rhine near Arnhem.", theatre,
			[]want{{"Saint-Laurent-sur-Mer", "FR", "feature", -1511}, {"Lower Rhine", "NL", "feature", -1522}, {"Arnhem", "NL", "city", 0}}},
		// negative: names of a city and a state beside beaches in lower case
		{"Residents of Omaha and Utah visited beaches.", []string{"US"},
			[]want{{"Omaha", "US", "city", 0}, {"Utah", "US", "region1", 0}}},
	})
}

// Reviews of Central Command in the 2020s: a one-word name joined by "and" to a surname before a
// verb of what officials do is a person ("Austin and Kurilla visited Erbil"); press spellings
// and curated bases, ports and fields of the Gulf.
func TestReviewCentcom(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"IQ", "SY", "JO", "KW", "QA", "AE", "SA", "BH", "OM", "YE", "IR"}
	checkCases(t, m, []resolveCase{
		{"Austin and Kurilla visited Erbil on Tuesday.", theatre,
			[]want{{"Erbil", "IQ", "city", 0}}},
		{"Milley and Austin briefed reporters in Amman.", theatre,
			[]want{{"Amman", "JO", "city", 0}}},
		// negative: two places
		{"Austin and Dallas hosted the games.", []string{"US"},
			[]want{{"Austin", "US", "city", 0}, {"Dallas", "US", "city", 0}}},
		{"Militants fired rockets near the al-Omar oil field; troops at al-Asad air base sheltered.", theatre,
			[]want{{"al-Omar oil field", "SY", "feature", -1539}, {"al-Asad air base", "IQ", "feature", -93}}},
		{"Ships passed through the Straits of Hormuz; the ferry sailed from Bushehr to Kish Island.", theatre,
			[]want{{"Straits of Hormuz", "", "feature", -26}, {"Bushehr", "IR", "city", 0}, {"Kish Island", "IR", "city", 126914}}},
		{"Strikes hit sites near al-Mayadin and Boukamal; troops passed through Ruwaished near Rukban.", theatre,
			[]want{{"al-Mayadin", "SY", "city", 0}, {"Boukamal", "SY", "city", 174448}, {"Ruwaished", "JO", "city", 250317}, {"Rukban", "JO", "city", 0}}},
	})
}

// Reviews of the Caribbean and Central America: curated rivers, lakes, bases, airports and
// ports, and "Haina" for Bajos de Haina.
func TestReviewCaribbean(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"PR", "DO", "HT", "JM", "BB", "TT", "GY", "BS", "DM", "HN", "NI", "GT", "SV", "CR", "PA", "BZ", "CU", "CO", "VE"}
	checkCases(t, m, []resolveCase{
		{"Soldiers trained on the Essequibo River near Bartica and at Timehri.", theatre,
			[]want{{"Essequibo River", "GY", "feature", -1553}, {"Bartica", "GY", "city", 0}, {"Timehri", "GY", "feature", -1550}}},
		{"Eta flooded the Polochic Valley toward Lake Izabal near Panzós, Guatemala.", theatre,
			[]want{{"Polochic Valley", "GT", "feature", -1577}, {"Lake Izabal", "GT", "feature", -1576}, {"Panzós", "GT", "city", 0}, {"Guatemala", "GT", "country", 0}}},
		// a country's own name is not its capital's, which the text names with "City"
		{"Panama paid for flights from Tocumen airport in Panama City.", theatre,
			[]want{{"Panama", "PA", "country", 3703430}, {"Tocumen airport", "PA", "feature", -741}, {"Panama City", "PA", "city", 3703443}}},
		{"Medical teams worked in Haina and near Las Américas International Airport.", theatre,
			[]want{{"Haina", "DO", "city", 3512128}, {"Las Américas International Airport", "DO", "feature", -1600}}},
	})
}

// Reviews of Alaska and the Arctic, and of disaster relief abroad: a list of names before a
// plural of a water body or an island is of those features ("the Chukchi and Beaufort seas");
// a vehicle's name before "brigade" is the vehicle's; curated islands, seas, peninsulas,
// towns, lakes and regions.
func TestReviewAlaskaRelief(t *testing.T) {
	m := testMatcher(t)
	alaska := []string{"US", "CA", "RU"}
	relief := []string{"TR", "SY", "PK", "NP", "PH", "MZ", "JP", "ID", "LK", "LR"}
	checkCases(t, m, []resolveCase{
		{"The cutter Healy patrolled the Chukchi and Beaufort seas north of Utqiagvik.", alaska,
			[]want{{"Chukchi", "", "feature", -1610}, {"Beaufort", "", "feature", -991}, {"Utqiagvik", "US", "city", 0}}},
		{"The Chukchi Sea and the Beaufort Sea were ice-free.", alaska,
			[]want{{"Chukchi Sea", "", "feature", -1610}, {"Beaufort Sea", "", "feature", -991}}},
		{"The Stryker brigade trained for 30 days on Whidbey Island and Kodiak Island.", alaska,
			[]want{{"Whidbey Island", "US", "feature", -1626}, {"Kodiak Island", "US", "feature", -1622}}},
		{"Soldiers from Fort Richardson trained with airmen from McChord Field.", alaska,
			[]want{{"Fort Richardson", "US", "feature", -179}, {"McChord Field", "US", "city", 7261292}}},
		{"Engineers cut the embankment of Lake Manchar near Sehwan in Sindh.", relief,
			[]want{{"Lake Manchar", "PK", "feature", -1629}, {"Sehwan", "PK", "city", 0}, {"Sindh", "PK", "region1", 0}}},
		{"Flooding along the Buzi and Pungwe rivers covered Sofala province.", relief,
			[]want{{"Buzi", "MZ", "feature", -1643}, {"Pungwe", "MZ", "feature", 0}, {"Sofala province", "MZ", "region1", 0}}},
		{"Flooding along the Pungwe River reached Nhamatanda.", relief,
			[]want{{"Pungwe River", "MZ", "feature", -1644}, {"Nhamatanda", "MZ", "feature", -1641}}},
	})
}

// Reviews of the Navy in Europe: a one-word name after an ordinal is a formation's ("the 6th
// Fleet" is no Fleet, Hampshire); curated seas, straits, bays and harbours.
func TestReviewSixthFleet(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"ES", "IT", "GR", "FR", "GB", "TR", "NO", "IS"}
	checkCases(t, m, []resolveCase{
		{"The 6th Fleet flagship arrived in Gaeta; the Sixth Fleet met in Naples.", theatre,
			[]want{{"Gaeta", "IT", "city", 0}, {"Naples", "IT", "city", 0}}},
		{"Troops trained near Fleet in Hampshire.", []string{"GB"},
			[]want{{"Fleet", "GB", "city", 0}, {"Hampshire", "GB", "region2", 0}}},
		{"Ships sailed in the Tyrrhenian Sea, through the Strait of Messina and across the Sea of Marmara.", theatre,
			[]want{{"Tyrrhenian Sea", "", "feature", -1647}, {"Strait of Messina", "IT", "feature", -1649}, {"Sea of Marmara", "TR", "feature", -1648}}},
		{"The carrier anchored in the Oslofjord; ships anchored in Augusta Bay.", theatre,
			[]want{{"Oslofjord", "NO", "feature", -1645}, {"Augusta Bay", "IT", "feature", -1646}}},
	})
}

// Reviews of counterterrorism in the southern Philippines: curated islands, straits, camps and
// towns, and the provinces by their press names.
func TestReviewSouthernPhilippines(t *testing.T) {
	m := testMatcher(t)
	theatre := []string{"PH", "ID", "MY"}
	checkCases(t, m, []resolveCase{
		{"The city of General Santos lies in South Cotabato on Sarangani Bay.", theatre,
			[]want{{"General Santos", "PH", "city", 0}, {"South Cotabato", "PH", "region2", 1685731}, {"Sarangani Bay", "PH", "feature", -1668}}},
		{"Raiders crossed from Sulawesi to Borneo and Sangihe.", theatre,
			[]want{{"Sulawesi", "ID", "feature", -1653}, {"Borneo", "", "feature", -1654}, {"Sangihe", "ID", "feature", -1661}}},
		// a given name that is also a common word before a surname names a person
		{"Sgt. 1st Class Mark Jackson was killed in Zamboanga City.", theatre,
			[]want{{"Zamboanga City", "PH", "city", 0}}},
		{"The 44 commandos died in Mamasapano, Maguindanao.", theatre,
			[]want{{"Mamasapano", "PH", "feature", -1669}, {"Maguindanao", "PH", "region2", 0}}},
	})
}
