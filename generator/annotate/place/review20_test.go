package place

import "testing"

// Reviews of First World War commemorations: battlefields, villages and rivers the GeoNames
// extract lacks (a river that shares a département's name is the river after "the", the
// département before "department"), former states and colonies.

func TestCuratedFirstWorldWar(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines fought at Belleau Wood and Bouresches, then the division crossed the Marne at Château-Thierry.", []string{"FR"},
			[]want{{"Belleau Wood", "FR", "feature", -1090}, {"Bouresches", "FR", "feature", -1109}, {"Marne", "FR", "feature", -1102}, {"Château-Thierry", "FR", "city", 0}}},
		{"The offensive between the Meuse River and the Argonne Forest ended near Romagne-sous-Montfaucon; the St. Mihiel American Cemetery lies at Thiaucourt.", []string{"FR"},
			[]want{{"Meuse River", "FR", "feature", -1103}, {"Argonne Forest", "FR", "feature", -1091}, {"Romagne-sous-Montfaucon", "FR", "feature", -1112},
				{"St. Mihiel American Cemetery", "FR", "feature", -1917}, {"Thiaucourt", "FR", "feature", -1110}}}, // (the cemetery curated since)
		{"Austria-Hungary held the Isonzo River line; Anzac troops landed at Anzac Cove and Cape Helles; the fleet sailed from Scapa Flow.", nil,
			[]want{{"Austria-Hungary", "AT", "feature", -1117}, {"Isonzo River", "SI", "feature", -1106}, {"Anzac Cove", "TR", "feature", -1095},
				{"Cape Helles", "TR", "feature", -1094}, {"Scapa Flow", "GB", "feature", -1096}}},
		// the département, by its suffix
		{"Floods hit the Meuse department and the Loire department.", []string{"FR"},
			[]want{{"Meuse department", "FR", "region2", 2994106}, {"Loire department", "FR", "region2", 0}}},
	})
}

// "department" names a first-level region where departments are first-level, a second-level
// one in France; "department of" is an office.
func TestDepartmentSuffix(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops patrolled Nariño department and the Putumayo department.", []string{"CO"},
			[]want{{"Nariño department", "CO", "region1", 0}, {"Putumayo department", "CO", "region1", 0}}},
		{"The Texas department of transportation closed roads.", []string{"US"},
			[]want{{"Texas", "US", "region1", 0}}},
	})
}

// Reviews of Southern Command counternarcotics and of East Africa in the 2020s: curated sea
// areas, regions, rivers, islands, camps and towns; a seat is no mere namesake of a bigger seat
// abroad; a region's suffix written with a capital is no organisation's head.
func TestCuratedLatinAmericaAndHorn(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The cutter seized cocaine in the Eastern Pacific and near the Gulf of San Miguel, then patrolled off La Mosquitia.", []string{"CO", "PA", "HN"},
			[]want{{"Eastern Pacific", "", "feature", -1122}, {"Gulf of San Miguel", "PA", "feature", -1126}, {"La Mosquitia", "HN", "feature", -1128}}},
		{"Troops cleared coca in the Catatumbo region, the VRAEM and along the Putumayo River.", []string{"CO", "PE"},
			[]want{{"Catatumbo region", "CO", "feature", -1129}, {"VRAEM", "PE", "feature", -1130}, {"Putumayo River", "CO", "feature", -1138}}},
		{"Medical teams saw patients in Puerto Castilla and Trujillo.", []string{"HN"},
			[]want{{"Puerto Castilla", "HN", "feature", -1137}, {"Trujillo", "HN", "city", 3600591}}},
		{"Aid reached Zamzam camp, Kordofan and Gezira State; refugees crossed at Renk in Upper Nile State.", []string{"SD", "SS"},
			[]want{{"Zamzam camp", "SD", "feature", -1141}, {"Kordofan", "SD", "feature", -1140}, {"Gezira State", "SD", "region1", 408648},
				{"Renk", "SS", "feature", -899}, {"Upper Nile State", "SS", "region1", 381229}}},
		{"Refugees from Shire and Humera reached Dadaab and Elwak.", []string{"ET", "KE"},
			[]want{{"Shire", "ET", "city", 334227}, {"Humera", "ET", "feature", -1142}, {"Dadaab", "KE", "feature", -1143}, {"Elwak", "KE", "feature", -1144}}},
		// negatives: an American state before "State" names its university; an organisation's
		// head after a capitalised word is no town
		{"Mississippi State beat Louisville; Iowa State University students cheered.", []string{"US"},
			[]want{{"Louisville", "US", "city", 0}}},
	})
}

// Reviews of the Afghanistan evacuation, the Strait of Hormuz and the Pacific islands: curated
// bases, airports, islands and towns; a curated feature's acronym in a theatre country; a name
// after "-flagged" is a ship's; an unspaced en dash joins as a hyphen does.
func TestCuratedHormuzEvacuationPacific(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The last C-17 left HKIA; evacuees flew on to Rhine Ordnance Barracks, Camp Atterbury and Philadelphia International Airport.", []string{"AF", "US"},
			[]want{{"HKIA", "AF", "feature", -129}, {"Rhine Ordnance Barracks", "DE", "feature", -1179}, {"Camp Atterbury", "US", "feature", -1180},
				{"Philadelphia International Airport", "US", "feature", -1181}}},
		{"Fast boats drilled near Qeshm Island and Larak Island, off Jask; Iran holds the Greater and Lesser Tunbs.", []string{"IR"},
			[]want{{"Qeshm Island", "IR", "feature", -1176}, {"Larak Island", "IR", "feature", -1177}, {"Jask", "IR", "feature", -1174},
				{"Iran", "IR", "country", 0}, {"Greater and Lesser Tunbs", "IR", "feature", -1178}}},
		{"Iranian vessels tried to seize the Marshall Islands-flagged TRF Moss off Oman.", []string{"IR"},
			[]want{{"Marshall Islands", "MH", "country", 0}, {"Oman", "OM", "country", 0}}},
		{"After the Hunga Tonga–Hunga Ha'apai eruption, Marines from the Marine Rotational Force–Darwin flew from Naval Base Guam and Tinian International Airport.", []string{"TO", "GU", "MP"},
			[]want{{"Hunga Tonga–Hunga Ha'apai", "TO", "feature", -624}, {"Naval Base Guam", "GU", "feature", -1183}, {"Tinian International Airport", "MP", "feature", -1182}}},
		{"Teams worked on Upolu, Koro Island and the Kokoda Track.", []string{"WS", "FJ", "PG"},
			[]want{{"Upolu", "WS", "feature", -1187}, {"Koro Island", "FJ", "feature", -1185}, {"Kokoda Track", "PG", "feature", -1188}}},
		// negative: an en dash between two places keeps both
		{"Traffic on the Kirkuk–Baghdad highway resumed.", []string{"IQ"},
			[]want{{"Kirkuk", "IQ", "city", 0}, {"Baghdad", "IQ", "city", 0}}},
	})
}

// Reviews of NATO's eastern flank, Korea and Japan, and disaster response at home: curated
// training areas, bases, islands, rivers and towns; an exercise's name before a two-digit year;
// a name before a kind of ship and "ship" is the ship's; a lower-case "islands" ends a name.
func TestCuratedEasternFlankKoreaJapanHome(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Tanks fired at the Drawsko Pomorskie Training Area and at Camp Herkus, then crossed the Giurgiu-Ruse Friendship Bridge.", []string{"PL", "LT", "RO"},
			[]want{{"Drawsko Pomorskie Training Area", "PL", "feature", -1190}, {"Camp Herkus", "LT", "feature", -1192}, {"Giurgiu-Ruse Friendship Bridge", "RO", "feature", -1195}}},
		{"Troops deployed for DEFENDER Europe 21 across Albania.", nil,
			[]want{{"Albania", "AL", "country", 0}}},
		{"A boat crossed the Northern Limit Line; destroyers left Yokosuka Naval Base for the Nansei islands.", []string{"KR", "JP"},
			[]want{{"Northern Limit Line", "KR", "feature", -1197}, {"Yokosuka Naval Base", "JP", "feature", -1199}, {"Nansei islands", "JP", "feature", -1201}}},
		{"The Dali container ship struck the bridge and fell into the Patapsco River near Fort McHenry.", []string{"US"},
			[]want{{"Patapsco River", "US", "feature", -1209}, {"Fort McHenry", "US", "feature", -1204}}},
		{"The French Broad River flooded Asheville; the Guadalupe River rose near Hunt.", []string{"US"},
			[]want{{"French Broad River", "US", "feature", -1206}, {"Asheville", "US", "city", 0}, {"Guadalupe River", "US", "feature", -1036}, {"Hunt", "US", "feature", -1203}}},
	})
}

// From GeoWebNews's spurious places: a country's name before its currency; a name after "bin";
// a name after "with" or an age and a noun of kin; NATO; "The Mission".
func TestCurrenciesPatronymsKinAlliance(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The pension is about 40 US dollars, and a grant of 3 million euros (US$3.7m) went to Georgia.", nil,
			[]want{{"Georgia", "GE", "country", 0}}},
		{"Crown Prince Mohammed bin Salman toured the United States; NATO met.", nil,
			[]want{{"United States", "US", "country", 0}}},
		{"She posed with husband Kanye West. He has a 3-year-old son, Sebastian. The Mission arrives in Lagos.", nil,
			[]want{{"Lagos", "NG", "city", 0}}},
		// negative: the country itself stays
		{"Troops in the U.S. and in Iraq trained.", nil,
			[]want{{"U.S.", "US", "country", 0}, {"Iraq", "IQ", "country", 0}}},
	})
}

// Reviews of the Gulf of Guinea and of Syria after 2024: curated islands, regions, crossings,
// camps, a dam and a river.
func TestCuratedGulfOfGuineaAndSyria(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Pirates took the crew from Bonny Island into the Niger Delta; patrols covered the Bakassi peninsula and Bioko.", []string{"NG", "CM", "GQ"},
			[]want{{"Bonny Island", "NG", "feature", -1216}, {"Niger Delta", "NG", "feature", -1217}, {"Bakassi peninsula", "CM", "feature", -1218}, {"Bioko", "GQ", "feature", -1221}}},
		{"Families moved from al-Roj camp; fighting reached the Tishreen Dam and the Nasib border crossing reopened.", []string{"SY"},
			[]want{{"al-Roj camp", "SY", "feature", -1224}, {"Tishreen Dam", "SY", "feature", -1225}, {"Nasib border crossing", "SY", "feature", -1226}}},
	})
}

// Reviews of Haiti and the Caribbean, and of counter-piracy off Somalia: curated communes,
// islands, a corridor, a basin and a cape; Mahé is the island, not another name of Victoria.
func TestCuratedHaitiAndSomaliBasin(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Gangs attacked Cité Soleil, Delmas and Martissant in Port-au-Prince, and the West Department.", []string{"HT"},
			[]want{{"Cité Soleil", "HT", "feature", -1230}, {"Delmas", "HT", "feature", -1231}, {"Martissant", "HT", "feature", -1232},
				{"Port-au-Prince", "HT", "city", 0}, {"West Department", "HT", "region1", 3719432}}},
		{"Ships in the Internationally Recommended Transit Corridor and the Somali Basin sailed from Mahé past Ras Hafun to Garacad.", []string{"SO", "SC"},
			[]want{{"Internationally Recommended Transit Corridor", "", "feature", -1242}, {"Somali Basin", "", "feature", -1240}, {"Mahé", "SC", "feature", -1236},
				{"Ras Hafun", "SO", "feature", -1241}, {"Garacad", "SO", "feature", -1238}}},
	})
}

// From GeoVirus's spurious places: diseases and strains named after places, influenza strains'
// names, a news agency named after "news agency", weather patterns and Ramadan.
func TestDiseasesStrainsAgenciesWeather(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A man in Uganda was killed by the Marburg virus; it is a case of imported Marburg, officials in Kampala said.", nil,
			[]want{{"Uganda", "UG", "country", 0}, {"Kampala", "UG", "city", 0}}},
		{"Workers were infected with Reston ebolavirus; the vaccine holds A/California/7/2009 and the Saintpaul strain was found.", nil, nil},
		{"China's official news agency Xinhua reported cases in Beijing; the looming El Nino worsened drought during Ramadan.", nil,
			[]want{{"China", "CN", "country", 0}, {"Beijing", "CN", "city", 0}}},
		// negative: the place itself elsewhere
		{"Flooding hit Marburg and Giessen in Hesse.", []string{"DE"},
			[]want{{"Marburg", "DE", "city", 0}, {"Giessen", "DE", "city", 0}, {"Hesse", "DE", "region1", 0}}},
	})
}

// From LGL's spurious places: legislatures named like towns, football clubs, vehicle makes
// after a model year, bylines, saints' schools, an organisation's head after a possessive,
// United Russia.
func TestLegislaturesClubsCarsBylinesSchools(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The bill was sent to the Duma; United Russia controls the Duma's committees and Duma deputies agreed.", nil, nil},
		{"Strikes hit Duma near Damascus.", []string{"SY"},
			[]want{{"Duma", "SY", "city", 0}, {"Damascus", "SY", "city", 0}}},
		{"Italian rivals AC Milan and Inter play in Milan.", nil,
			[]want{{"Milan", "IT", "city", 0}}},
		{"A 2005 black Ford truck hit a 2008 Honda in Newark. The Honda was stopped.", []string{"US"},
			[]want{{"Newark", "US", "city", 0}}},
		{"BY CHAD KLIMACK Advocate Reporter\nFire gutted a block in Newark.", []string{"US"},
			[]want{{"Newark", "US", "city", 0}}},
		{"St. Mary's students are dropped off first in Woodstock; a study by Omaha's Center for Public Affairs Research followed.", []string{"CA"},
			[]want{{"Woodstock", "CA", "city", 0}, {"Omaha", "US", "city", 0}}},
	})
}

// Reviews of Kosovo and Bosnia, the Israel–Iran exchanges and training at home: curated camps,
// crossings, a lake, training areas, mountains and an air station.
func TestCuratedKosovoIranTrainingAreas(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"KFOR troops from Camp Film City patrolled North Mitrovica, the Jarinje crossing and Gazivode Lake.", []string{"XK"},
			[]want{{"Camp Film City", "XK", "feature", -1244}, {"North Mitrovica", "XK", "feature", -1243}, {"Jarinje crossing", "XK", "feature", -1247}, {"Gazivode Lake", "XK", "feature", -1249}}},
		{"Israeli jets struck the Parchin military complex; debris fell into Haifa Bay.", []string{"IL", "IR"},
			[]want{{"Parchin military complex", "IR", "feature", -1253}, {"Haifa Bay", "IL", "feature", -1254}}},
		{"Soldiers trained in the Yukon Training Area, at Pohakuloa Training Area below Mauna Kea, and at Camp Shelby Joint Forces Training Center.", []string{"US"},
			[]want{{"Yukon Training Area", "US", "feature", -1258}, {"Pohakuloa Training Area", "US", "feature", -1262}, {"Mauna Kea", "US", "feature", -1264},
				{"Camp Shelby Joint Forces Training Center", "US", "feature", -1261}}},
	})
}

// Transcripts: a reporter called on ("Go ahead, Jordan.", "Georgia, go ahead."), naming himself
// and his outlet in his turn ("Q: Thanks. Jordan, Washington Post.", "Israel Hayom."), or named
// at the end of a speaker's sentence ("on basing, Jordan.") is no place; the same name used as a
// country elsewhere in the briefing stays the country.
func TestTranscriptVocatives(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"MR. KIRBY: Go ahead, Jordan.\nQ: Thanks. Jordan, Washington Post. Did they discuss Jordan's concerns?\nMR. KIRBY: I won't speculate on basing, Jordan.", []string{"US"},
			[]want{{"Jordan", "JO", "country", 0}}},
		{"GENERAL RYDER: Israel, go ahead.\nQ: Thanks. Israel Hayom. Will the U.S. send a battery to Israel?", []string{"US"},
			[]want{{"U.S.", "US", "country", 0}, {"Israel", "IL", "country", 0}}},
		{"MR. MILLER: Georgia, go ahead.\nQ: Georgia Kaloudis, Kathimerini. On Georgia itself, what will the U.S. do?", []string{"GE"},
			[]want{{"Georgia", "GE", "country", 0}, {"U.S.", "US", "country", 0}}},
	})
}

// Reviews of the eastern Congo and Cabo Delgado: curated towns, districts and a river.
func TestCuratedCongoCaboDelgado(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"M23 fighters took Minova and Masisi territory; insurgents raided Macomia, Mueda and Quissanga near the Rovuma River.", []string{"CD", "MZ"},
			[]want{{"Minova", "CD", "feature", -1272}, {"Masisi territory", "CD", "feature", -1271}, {"Macomia", "MZ", "feature", -1273},
				{"Mueda", "MZ", "feature", -1274}, {"Quissanga", "MZ", "feature", -1276}, {"Rovuma River", "MZ", "feature", -1277}}},
	})
}

// Reviews of the northern Philippines and the Spratlys, and of the Red Sea: curated islands,
// bases, reefs, a strait, an airport and Oyster Bay in Palawan.
func TestCuratedPhilippinesRedSea(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines landed on Mavulis Island and Itbayat, then flew from Laoag International Airport to Naval Base Camilo Osias.", []string{"PH"},
			[]want{{"Mavulis Island", "PH", "feature", -1279}, {"Itbayat", "PH", "feature", -1280}, {"Laoag International Airport", "PH", "feature", -1289},
				{"Naval Base Camilo Osias", "PH", "feature", -1281}}},
		{"Chinese ships swarmed Iroquois Reef and Reed Bank; the navy sailed from Oyster Bay through the Mindoro Strait.", []string{"PH", "CN"},
			[]want{{"Iroquois Reef", "", "feature", -1283}, {"Reed Bank", "", "feature", -1284}, {"Oyster Bay", "PH", "feature", -1286}, {"Mindoro Strait", "PH", "feature", -1288}}},
		{"Aircraft struck Houthi radar sites on Zubair and Kamaran Island.", []string{"YE"},
			[]want{{"Zubair", "YE", "feature", -1290}, {"Kamaran Island", "YE", "feature", 0}}},
	})
}

// Reviews of the southern border mission and the nuclear enterprise: curated crossings,
// airfields, sites and a canal; "Gulf of America"; "the Rio Grande" before a preposition is the
// river, not Rio Grande City; "Bangor, Washington" is the state; "Barksdale" alone the base.
func TestCuratedBorderAndNuclearSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops strung wire along the Rio Grande in Texas and near Sasabe and Lukeville, flying from Biggs Army Airfield over the Gulf of America.", []string{"US", "MX"},
			[]want{{"Rio Grande", "US", "feature", -200}, {"Texas", "US", "region1", 0}, {"Sasabe", "US", "feature", -1291}, {"Lukeville", "US", "feature", -1292},
				{"Biggs Army Airfield", "US", "feature", -1296}, {"Gulf of America", "", "feature", -27}}},
		{"The Trident Refit Facility at Bangor, Washington, sits on Hood Canal; bombers at Barksdale flew to the Tonopah Test Range.", []string{"US"},
			[]want{{"Bangor", "US", "feature", -1298}, {"Washington", "US", "region1", 0}, {"Hood Canal", "US", "feature", -1299},
				{"Barksdale", "US", "feature", -147}, {"Tonopah Test Range", "US", "feature", -1301}}},
	})
}

// Reviews of the Gulf War and Iraq in 2003, and of U.S. bases in Europe: curated battlefields,
// bases, a canal, a lake, villages and regions; the airport's old name.
func TestCuratedGulfWarAndEuropeanBases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"VII Corps swung through the Wadi al-Batin to Medina Ridge; the talks were held at Safwan; troops crossed the Karbala Gap and took Saddam International Airport.", []string{"IQ", "KW"},
			[]want{{"Wadi al-Batin", "", "feature", -1303}, {"Medina Ridge", "IQ", "feature", -1304}, {"Safwan", "IQ", "feature", -1307},
				{"Karbala Gap", "IQ", "feature", -1310}, {"Saddam International Airport", "IQ", "feature", -497}}},
		{"Families live in Weilerbach in the Palatinate; the command sits at Kelley Barracks, and RAF Croughton relays its traffic.", []string{"DE", "GB"},
			[]want{{"Weilerbach", "DE", "feature", -1312}, {"Palatinate", "DE", "feature", -1325}, {"Kelley Barracks", "DE", "feature", -1314}, {"RAF Croughton", "GB", "feature", -1321}}},
	})
}

// Reviews of shipyards and homeports and of demining in Ukraine: curated bases, a bay and villages.
func TestCuratedShipyardsAndUkraineVillages(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Destroyers left Naval Station Everett for San Diego Bay.", []string{"US"},
			[]want{{"Naval Station Everett", "US", "feature", -1327}, {"San Diego Bay", "US", "feature", -1328}}},
		{"Deminers cleared fields near Vysokopillia and Novyi Bykiv.", []string{"UA"},
			[]want{{"Vysokopillia", "UA", "feature", -1329}, {"Novyi Bykiv", "UA", "feature", -1330}}},
	})
}

// Reviews of the High North and of Inherent Resolve's strike releases: curated straits, a sea,
// a peninsula, towns, a cape and Goose Bay.
func TestCuratedHighNorth(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Submarines from the Kola Peninsula slip through the Denmark Strait and the GIUK gap into the Labrador Sea; P-8s flew from Goose Bay and Narsarsuaq.", []string{"NO", "GL", "CA"},
			[]want{{"Kola Peninsula", "RU", "feature", -1332}, {"Denmark Strait", "", "feature", -1334}, {"GIUK gap", "", "feature", -1331},
				{"Labrador Sea", "", "feature", -1336}, {"Goose Bay", "CA", "city", 5970458}, {"Narsarsuaq", "GL", "feature", -1335}}},
		{"Coalition strikes near Dashisha destroyed two fighting positions.", []string{"IQ", "SY"},
			[]want{{"Dashisha", "SY", "feature", -1338}}},
	})
}
