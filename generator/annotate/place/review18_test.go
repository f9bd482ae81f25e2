package place

import "testing"

// Reviews of Coast Guard interdictions in the Caribbean and eastern Pacific and of missile
// defence tests: curated test ranges, launch sites, atoll islands and Caribbean islands and bays.

func TestCuratedTestRanges(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The target launched from the Reagan Test Site and struck near Illeginni Island, west of Roi-Namur.", []string{"US", "MH"},
			[]want{{"Reagan Test Site", "MH", "feature", -1010}, {"Illeginni Island", "MH", "feature", -1012}, {"Roi-Namur", "MH", "feature", -1011}}},
		{"Tests at White Sands Missile Range, the Utah Test and Training Range and the Point Mugu Sea Range followed a launch from Wallops Island.", []string{"US"},
			[]want{{"White Sands Missile Range", "US", "feature", -1009}, {"Utah Test and Training Range", "US", "feature", -1018},
				{"Point Mugu Sea Range", "US", "feature", -1016}, {"Wallops Island", "US", "feature", -1013}}},
		// negative: the town of White Sands alone stays the town
		{"Residents of White Sands gathered.", []string{"US"},
			[]want{{"White Sands", "US", "city", 5497914}}},
	})
}

func TestCuratedCaribbeanIslands(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The cutter stopped a boat off Great Inagua and another near Anguilla Cay, and returned migrants to Bahía de Cabañas.", []string{"US", "CU"},
			[]want{{"Great Inagua", "BS", "feature", -1020}, {"Anguilla Cay", "BS", "feature", -1022}, {"Bahía de Cabañas", "CU", "feature", -1026}}},
		// without a theatre, the full names win over Cabañas in El Salvador and Coco in Puerto Rico
		{"Crews patrolled between Isla del Coco, Clipperton Island and Isla del Rey.", nil,
			[]want{{"Isla del Coco", "CR", "feature", -1025}, {"Clipperton Island", "FR", "feature", -1024}, {"Isla del Rey", "PA", "feature", -1021}}},
		{"Migrants were returned to Bahia de Cabanas.", nil,
			[]want{{"Bahia de Cabanas", "CU", "feature", -1026}}},
	})
}

// Reviews of mine action and war-legacy recovery in Indochina and the Pacific, and of the
// National Guard at home: Vietnam's regions by their own names, a plural suffix left out of
// the last name of a list, no town in a national forest's or a river's name, and curated
// districts, islands and rivers.
func TestVietnamRegionsByOwnName(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Teams cleared land in Quang Tri and in Thua Thien Hue province.", []string{"VN"},
			[]want{{"Quang Tri", "VN", "region1", 1568733}, {"Thua Thien Hue province", "VN", "region1", 1565033}}},
		{"Recovery teams worked in Quang Nam, Kon Tum and Dak Lak provinces.", []string{"VN"},
			[]want{{"Quang Nam", "VN", "region1", 0}, {"Kon Tum", "VN", "region1", 0}, {"Dak Lak", "VN", "region1", 1584169}}},
		{"Deminers worked in Battambang and Banteay Meanchey provinces and in Kamrieng district.", []string{"KH"},
			[]want{{"Battambang", "KH", "region1", 1821310}, {"Banteay Meanchey", "KH", "region1", 0}, {"Kamrieng district", "KH", "region2", 8403852}}},
	})
}

func TestNationalForestsAndRivers(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// no town called Forest, and the river's name is no town's
		{"Crews fought fires in the Shawnee National Forest and along the Winooski River near Montpelier.", []string{"US"},
			[]want{{"Winooski River", "US", "feature", -1037}, {"Montpelier", "US", "city", 0}}},
		{"Guardsmen sandbagged in Georgetown and Conway as the Waccamaw River crested.", []string{"US"},
			[]want{{"Georgetown", "US", "city", 0}, {"Conway", "US", "city", 0}, {"Waccamaw River", "US", "feature", -1039}}},
		{"High-water vehicles reached Kerr County after the Guadalupe River rose.", []string{"US"},
			[]want{{"Kerr County", "US", "region2", 0}, {"Guadalupe River", "US", "feature", -1036}}},
		// a stream the gazetteer lacks leaves the town unmarked; the town alone stays
		{"Water rose on the Barre Creek; Guardsmen reached Barre.", []string{"US"},
			[]want{{"Barre", "US", "city", 0}}},
	})
}

func TestCuratedWarLegacySites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Teams in Xieng Khouang province, Houaphanh province and near Sepon destroyed bomblets.", []string{"LA"},
			[]want{{"Xieng Khouang province", "LA", "region1", 1652077}, {"Houaphanh province", "LA", "region1", 1657114}, {"Sepon", "LA", "feature", -1027}}},
		{"The team searched New Britain near Rabaul, then Buin, Madang Harbor and Kranket Island.", []string{"PG"},
			[]want{{"New Britain", "PG", "feature", -1028}, {"Rabaul", "PG", "city", 0}, {"Buin", "PG", "feature", -1029},
				{"Madang Harbor", "PG", "feature", -1030}, {"Kranket Island", "PG", "feature", -1031}}},
		{"Divers surveyed Malakal Island, the Russell Islands and the mouth of the Tenaru River; dioxin was removed at Bien Hoa Air Base.", []string{"PW", "SB", "VN"},
			[]want{{"Malakal Island", "PW", "feature", -1032}, {"Russell Islands", "SB", "feature", -1033}, {"Tenaru River", "SB", "feature", -1034}, {"Bien Hoa Air Base", "VN", "feature", -1035}}},
		// the Demilitarized Zone in Vietnam is the Vietnamese one, elsewhere the Korean
		{"Fighting raged at Khe Sanh and along the Demilitarized Zone.", []string{"VN"},
			[]want{{"Khe Sanh", "VN", "feature", 0}, {"Demilitarized Zone", "VN", "feature", -619}}},
		{"Soldiers patrolled the Demilitarized Zone between the two Koreas.", []string{"US"},
			[]want{{"Demilitarized Zone", "", "feature", -342}}},
		// negative: New Britain in Connecticut with no Pacific theatre
		{"The governor visited New Britain, Connecticut.", []string{"US"},
			[]want{{"New Britain", "US", "city", 4839292}, {"Connecticut", "US", "region1", 0}}},
	})
}

// Reviews of Indo-Pacific exercises and of stateside construction: a state after a base and a
// comma, firms' and agencies' names, and curated bases, bays and lakes.
func TestBaseCommaState(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// "Oklahoma" is only another name of Oklahoma City: after a base and a comma, the state
		{"Housing will be built at Tinker Air Force Base, Oklahoma, for $96 million.", []string{"US"},
			[]want{{"Tinker Air Force Base", "US", "feature", -449}, {"Oklahoma", "US", "region1", 4544379}}},
		{"The airline, based in Rego Park, New York, will start service.", nil,
			[]want{{"Rego Park", "US", "city", 0}, {"New York", "US", "region1", 0}}},
	})
}

func TestFirmAndAgencyNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Whiting-Turner Contracting Co., Baltimore, won; the Kansas Department of Wildlife and Parks agreed.", []string{"US"},
			[]want{{"Baltimore", "US", "city", 0}}},
		// negatives: the towns alone
		{"Residents of Parks, Arizona, and Whiting, Indiana, met.", []string{"US"},
			[]want{{"Parks", "US", "city", 0}, {"Arizona", "US", "region1", 0}, {"Whiting", "US", "city", 0}, {"Indiana", "US", "region1", 0}}},
	})
}

func TestCuratedExerciseSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"F-35s deployed to RAAF Base Darwin and RAAF Base Tindal; Marines trained at Cowley Beach.", []string{"AU"},
			[]want{{"RAAF Base Darwin", "AU", "feature", -1040}, {"RAAF Base Tindal", "AU", "feature", -1041}, {"Cowley Beach", "AU", "feature", -1046}}},
		{"Rocket artillery moved to the Batanes Islands and Naval Station Leovigildo Gantioqui.", []string{"PH"},
			[]want{{"Batanes Islands", "PH", "region2", 1726302}, {"Naval Station Leovigildo Gantioqui", "PH", "feature", -1050}}},
		{"Naval Air Station Pensacola repaired shoreline along Pensacola Bay; Lake Lewisville rose near Vance Air Force Base.", []string{"US"},
			[]want{{"Naval Air Station Pensacola", "US", "feature", -1042}, {"Pensacola Bay", "US", "feature", -1043},
				{"Lake Lewisville", "US", "feature", -1049}, {"Vance Air Force Base", "US", "feature", -1048}}},
		{"The Marine Corps Air Ground Combat Center Twentynine Palms and Marine Corps Logistics Base Albany grew.", []string{"US"},
			[]want{{"Marine Corps Air Ground Combat Center Twentynine Palms", "US", "feature", -1044}, {"Marine Corps Logistics Base Albany", "US", "feature", -1045}}},
	})
}

func TestCuratedAirPolicingBases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"F-35s flew from Volkel Air Base and Kleine Brogel; F-16s from Krzesiny and Sliač Air Base joined.", []string{"NL", "BE", "PL", "SK"},
			[]want{{"Volkel Air Base", "NL", "feature", -1052}, {"Kleine Brogel", "BE", "feature", -1053},
				{"Krzesiny", "PL", "feature", -1056}, {"Sliač Air Base", "SK", "feature", -1054}}},
		{"Gripens from Luleå-Kallax Air Base met a Russian jet near Vaindloo island, north of the Crimean peninsula's latitude.", []string{"SE", "EE"},
			[]want{{"Luleå-Kallax Air Base", "SE", "feature", -770}, {"Vaindloo island", "EE", "feature", -1058}, {"Crimean peninsula", "UA", "region1", 703883}}},
	})
}

// Reviews of security assistance to Ukraine: a ship's kind after its name, and curated sites.
func TestUkraineShipsAndSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		// a name before a kind of ship and "ship" is the ship's, not before a base of such ships
		{"Missiles struck the Minsk landing ship at Sevastopol and the Sevastopol landing ship base.", []string{"UA"},
			[]want{{"Sevastopol", "UA", "city", 0}, {"Sevastopol", "UA", "city", 0}}},
		{"Drones struck the Engels air base; the Kakhovka Dam was destroyed; a missile fell on Przewodow.", []string{"UA"},
			[]want{{"Engels air base", "RU", "feature", -1060}, {"Kakhovka Dam", "UA", "feature", -1059}, {"Przewodow", "PL", "feature", -1061}}},
		{"Ukrainian pilots trained at Morris Air National Guard Base; tanks were rebuilt at the Joint Systems Manufacturing Center.", []string{"US"},
			[]want{{"Morris Air National Guard Base", "US", "feature", -1062}, {"Joint Systems Manufacturing Center", "US", "feature", -1063}}},
	})
}

// Reviews of contract announcements and of the COVID-19 response: no town called Center in a
// facility's name, and curated installations and towns.
func TestCenterAndContractSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"In Seattle, the 627th Hospital Center set up beds; soldiers in Detroit staffed the TCF Center.", []string{"US"},
			[]want{{"Seattle", "US", "city", 0}, {"Detroit", "US", "city", 0}}},
		{"Work will be performed at Arnold Air Force Base, Tennessee; Fort Leavenworth, Kansas; Camp H.M. Smith, Hawaii; Naval Air Station Fallon, Nevada; and Unterlüß, Germany.", []string{"US"},
			[]want{{"Arnold Air Force Base", "US", "feature", -1064}, {"Tennessee", "US", "region1", 0}, {"Fort Leavenworth", "US", "feature", -1065}, {"Kansas", "US", "region1", 0},
				{"Camp H.M. Smith", "US", "feature", -1066}, {"Hawaii", "US", "region1", 0}, {"Naval Air Station Fallon", "US", "feature", -1067}, {"Nevada", "US", "region1", 0},
				{"Unterlüß", "DE", "feature", -1068}, {"Germany", "DE", "country", 0}}},
	})
}
