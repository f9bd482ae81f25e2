package place

import "testing"

// Air bases and naval air stations that the GeoNames extract lacks (curated.tsv): the whole
// name is the base, not a town of its first word elsewhere (Charleston, West Virginia;
// Jacksonville, Arkansas; Morón, Cuba).
func TestCuratedAirBases(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"C-17s from Joint Base Charleston and F-16s from Shaw Air Force Base landed at Naval Air Station Jacksonville.", us,
			[]want{{"Joint Base Charleston", "US", "feature", -539}, {"Shaw Air Force Base", "US", "feature", -533}, {"Naval Air Station Jacksonville", "US", "feature", -540}}},
		{"Tankers deployed from Morón Air Base and Lajes Field to Kadena Air Base and Kunsan Air Base.", us,
			[]want{{"Morón Air Base", "ES", "feature", -545}, {"Lajes Field", "PT", "feature", -544}, {"Kadena Air Base", "JP", "feature", -526}, {"Kunsan Air Base", "KR", "feature", -529}}},
		{"Airmen at Luke Air Force Base, Davis-Monthan Air Force Base and F.E. Warren Air Force Base were honored.", us,
			[]want{{"Luke Air Force Base", "US", "feature", -530}, {"Davis-Monthan Air Force Base", "US", "feature", -531}, {"F.E. Warren Air Force Base", "US", "feature", -538}}},
		{"Bombers landed at RAF Fairford; fighters at Šiauliai Air Base and Lielvarde Air Base.", us,
			[]want{{"RAF Fairford", "GB", "feature", -524}, {"Šiauliai Air Base", "LT", "feature", -548}, {"Lielvarde Air Base", "LV", "feature", -549}}},
		// negatives: the town alone is still the town
		{"The Coast Guard cutter returned to Charleston, South Carolina.", us,
			[]want{{"Charleston", "US", "city", 4574324}, {"South Carolina", "US", "region1", 0}}},
	})
}

// The place of a battle is the site of history that curated.tsv names, not a town of the same
// name; named otherwise, the town keeps its claim.
func TestBattleOfSite(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Battle of Midway turned the war in the Pacific.", us,
			[]want{{"Midway", "UM", "feature", -169}, {"Pacific", "", "feature", 0}}},
		{"Veterans of the battle of Midway met in San Diego.", us,
			[]want{{"Midway", "UM", "feature", -169}, {"San Diego", "US", "city", 0}}},
		// negatives: a town of the name where the text places it, and a battle at a city
		{"The Guard delivered water to Midway, Kentucky, and Versailles.", us,
			[]want{{"Midway", "US", "city", 4300739}, {"Kentucky", "US", "region1", 0}, {"Versailles", "US", "city", 0}}},
		{"The Battle of Mosul lasted nine months.", []string{"IQ"},
			[]want{{"Mosul", "IQ", "city", 99072}}},
	})
}

// A first-level region by its bare name before a region's suffix ("the Bryansk region",
// "Wardak province"; curated.tsv), and a region's suffix after "border".
func TestRegionSuffixes(t *testing.T) {
	m := testMatcher(t)
	uaru := []string{"UA", "RU"}
	checkCases(t, m, []resolveCase{
		{"Russia massed troops in the Bryansk region and near Voronezh.", uaru,
			[]want{{"Russia", "RU", "country", 0}, {"Bryansk region", "RU", "region1", 571473}, {"Voronezh", "RU", "city", 0}}},
		{"Drones hit a refinery in the Krasnodar region.", uaru,
			[]want{{"Krasnodar region", "RU", "region1", 542415}}},
		{"Insurgents attacked a checkpoint in Wardak province.", []string{"AF"},
			[]want{{"Wardak province", "AF", "region1", 1121863}}},
		{"Russia shelled the Kharkiv border region; drones hit the Belgorod border region.", uaru,
			[]want{{"Russia", "RU", "country", 0}, {"Kharkiv border region", "UA", "region1", 0}, {"Belgorod border region", "RU", "region1", 578071}}},
		// negatives: the city alone, and a border's noun other than a region's
		{"Missiles struck Bryansk and Voronezh.", uaru,
			[]want{{"Bryansk", "RU", "city", 0}, {"Voronezh", "RU", "city", 0}}},
		{"The Kharkiv border crossing was closed.", uaru,
			[]want{{"Kharkiv", "UA", "city", 0}}},
	})
}

// A war's name is no place ("the Korean War" is no War, West Virginia), and the names of a
// release on the accounting of the missing and a drug offload resolve (curated.tsv).
func TestWarsAndPorts(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"He was killed during the Korean War near the Chosin Reservoir, North Korea; his father fought in the War of 1812 and the Cold War.", us,
			[]want{{"Chosin Reservoir", "KP", "feature", -156}, {"North Korea", "KP", "country", 0}}},
		{"The cutter offloaded cocaine at Port Everglades, Florida; Electric Boat builds modules at Quonset Point, Rhode Island.", us,
			[]want{{"Port Everglades", "US", "feature", -555}, {"Florida", "US", "region1", 0}, {"Quonset Point", "US", "feature", -556}, {"Rhode Island", "US", "region1", 0}}},
		{"Veterans returned to El Alamein in Egypt.", us,
			[]want{{"El Alamein", "EG", "city", 361612}, {"Egypt", "EG", "country", 0}}},
		// negative: the town of the name, where the text places it
		{"The Guard delivered water to War, West Virginia, and to Welch.", us,
			[]want{{"War", "US", "city", 0}, {"West Virginia", "US", "region1", 0}, {"Welch", "US", "city", 0}}},
	})
}

// A river and a bay of European and Pacific releases that the GeoNames extract lacks
// (curated.tsv).
func TestCuratedIbarJervis(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"KFOR troops patrolled near Mitrovica and the Ibar River bridge.", []string{"XK"},
			[]want{{"Mitrovica", "XK", "city", 0}, {"Ibar River", "", "feature", -557}}},
		{"Marines landed at Jervis Bay and Darwin.", []string{"AU", "US"},
			[]want{{"Jervis Bay", "AU", "feature", -558}, {"Darwin", "AU", "city", 0}}},
	})
}

// Names of casualty, accounting and recruiting releases (curated.tsv): cemeteries, a recruit
// depot, a river of the Korean War, and the two Vietnams of its histories.
func TestAccountingReleases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"He was killed during the defense of the Naktong River and buried in Andersonville National Cemetery.", []string{"US", "KR"},
			[]want{{"Naktong River", "KR", "feature", -561}, {"Andersonville National Cemetery", "US", "feature", -563}}},
		{"He will be buried in Arlington National Cemetery; his comrades lie at the Normandy American Cemetery.", []string{"US", "FR"},
			[]want{{"Arlington National Cemetery", "US", "feature", -562}, {"Normandy American Cemetery", "FR", "feature", -564}}},
		{"The Marine Corps shipped 31,000 recruits to Parris Island and MCRD San Diego.", []string{"US"},
			[]want{{"Parris Island", "US", "feature", -559}, {"MCRD San Diego", "US", "feature", -560}}},
		{"His F-4D went down over Quang Binh Province, North Vietnam.", []string{"US", "VN"},
			[]want{{"Quang Binh Province", "VN", "region1", 0}, {"North Vietnam", "VN", "country", 1562822}}},
		// negative: the county alone is still the county
		{"Officials in Arlington County, Virginia, met.", []string{"US"},
			[]want{{"Arlington County", "US", "region2", 0}, {"Virginia", "US", "region1", 0}}},
	})
}

// Reviews of exercise, domestic and European releases: curated islands, seas, rivers and
// training areas; a region's "St." in a list before "parishes"; the crews of an aircraft
// named like a town.
func TestReview16Exercises(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Marines moved to Ishigaki Island and Tokunoshima; residents of Uruma protested near Henoko.", []string{"JP", "US"},
			[]want{{"Ishigaki Island", "JP", "city", 1861416}, {"Tokunoshima", "JP", "feature", 0}, {"Uruma", "JP", "region2", 7415821}, {"Henoko", "JP", "feature", 0}}},
		{"The destroyer sailed south of Jeju Island; soldiers crossed the Imjin River.", []string{"KR"},
			[]want{{"Jeju Island", "KR", "region1", 1846265}, {"Imjin River", "KR", "feature", 0}}},
		{"Crews trained in the Hawaiian Islands and the Coral Sea, and on Sumatra.", us,
			[]want{{"Hawaiian Islands", "US", "feature", 0}, {"Coral Sea", "", "feature", 0}, {"Sumatra", "ID", "feature", 0}}},
		{"Guardsmen deployed in Lafourche, Terrebonne and St. Charles parishes and to St. Tammany Parish.", us,
			[]want{{"Lafourche", "US", "region2", 4330185}, {"Terrebonne", "US", "region2", 4343313}, {"St. Charles", "US", "region2", 4339583}, {"St. Tammany Parish", "US", "region2", 0}}},
		{"Apache crews flew from Camp Blanding over Lake Okeechobee and the Florida Keys; M88A2 Hercules recovery vehicles followed.", us,
			[]want{{"Camp Blanding", "US", "feature", 0}, {"Lake Okeechobee", "US", "feature", 0}, {"Florida Keys", "US", "feature", 0}}},
		{"Hikers climbed Mount Washington in New Hampshire; the Missouri River flooded.", us,
			[]want{{"Mount Washington", "US", "feature", 0}, {"New Hampshire", "US", "region1", 0}, {"Missouri River", "US", "feature", 0}}},
		// negatives: the town of the name, and the city of "St. X" alone
		{"The Guard flew from Apache, Oklahoma, to Hercules, California.", us,
			[]want{{"Apache", "US", "city", 0}, {"Oklahoma", "US", "region1", 0}, {"Hercules", "US", "city", 0}, {"California", "US", "region1", 0}}},
		{"Troops arrived in St. Charles, Missouri.", us,
			[]want{{"St. Charles", "US", "city", 0}, {"Missouri", "US", "region1", 0}}},
	})
}

// Contract announcements: firms and agencies named like towns, the installations and yards the
// releases name (curated.tsv), a joint base with its installation's name, the current
// spelling of Geoje, and a town before a Border Patrol sector or a regional airport.
func TestReview16Contracts(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Pratt & Whitney Military Engines, East Hartford, Connecticut, and Defense Logistics Agency Energy, Fort Belvoir, Virginia.", us,
			[]want{{"East Hartford", "US", "city", 0}, {"Connecticut", "US", "region1", 0}, {"Fort Belvoir", "US", "city", 0}, {"Virginia", "US", "region1", 0}}},
		{"Defense Logistics Agency Land and Maritime, Columbus, Ohio, is the contracting activity.", us,
			[]want{{"Columbus", "US", "city", 0}, {"Ohio", "US", "region1", 0}}},
		{"Work will be performed at Joint Base San Antonio-Lackland, Texas, the Washington Navy Yard and Pearl Harbor Naval Shipyard.", us,
			[]want{{"Joint Base San Antonio-Lackland", "US", "feature", -493}, {"Texas", "US", "region1", 0}, {"Washington Navy Yard", "US", "feature", -595}, {"Pearl Harbor Naval Shipyard", "US", "feature", -596}}},
		{"Army Contracting Command, Detroit Arsenal, Michigan; NAS Whiting Field, Milton, Florida; Moffett Field, California.", us,
			[]want{{"Detroit Arsenal", "US", "feature", -592}, {"Michigan", "US", "region1", 0}, {"NAS Whiting Field", "US", "feature", -593}, {"Milton", "US", "city", 0}, {"Florida", "US", "region1", 0}, {"Moffett Field", "US", "feature", -594}, {"California", "US", "region1", 0}}},
		{"Hanwha Ocean Co. Ltd., Geoje, Republic of Korea, will build the hulls.", []string{"US", "KR"},
			[]want{{"Geoje", "KR", "city", 1842754}, {"Republic of Korea", "KR", "country", 0}}},
		{"Agents of the Tucson Sector met at Asheville Regional Airport.", us,
			[]want{{"Tucson", "US", "city", 0}, {"Asheville", "US", "city", 0}}},
		// negative: a town's name before "and" is still the town
		{"Crews flew from Pratt and Wichita, Kansas.", us,
			[]want{{"Pratt", "US", "city", 0}, {"Wichita", "US", "city", 0}, {"Kansas", "US", "region1", 0}}},
	})
}

// Personnel and accounting releases: a small town's name before a number or as the head of a
// noun phrase after "a", a curated academy named by its town, families of the fallen, and the
// battlefields and cemeteries of the Second World War (curated.tsv).
func TestReview16Personnel(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Gold Star families gathered in Arlington National Cemetery's Section 60.", us,
			[]want{{"Arlington National Cemetery", "US", "feature", -562}}},
		{"He pulled a soldier from a burning Bradley near Samarra.", []string{"US", "IQ"},
			[]want{{"Samarra", "IQ", "city", 0}}},
		{"West Point received 37 and the Naval Academy in Annapolis, Maryland, 40.", us,
			[]want{{"West Point", "US", "feature", -606}, {"Naval Academy", "US", "city", 0}, {"Annapolis", "US", "city", 0}, {"Maryland", "US", "region1", 0}}},
		{"He was killed in the Hürtgen Forest and buried at the Netherlands American Cemetery in Margraten.", []string{"US", "DE", "NL"},
			[]want{{"Hürtgen Forest", "DE", "feature", -608}, {"Netherlands American Cemetery", "NL", "feature", -613}, {"Margraten", "NL", "feature", -614}}},
		{"He served in the Republic of Vietnam; his father landed on Betio and flew from Ford Island.", []string{"US", "VN"},
			[]want{{"Republic of Vietnam", "VN", "country", 1562822}, {"Betio", "KI", "feature", -609}, {"Ford Island", "US", "feature", -607}}},
		// negatives: the towns where the text places them, and a town's name before a noun
		{"The Guard delivered water to West Point, Mississippi, and Bradley, Illinois.", us,
			[]want{{"West Point", "US", "city", 0}, {"Mississippi", "US", "region1", 0}, {"Bradley", "US", "city", 0}, {"Illinois", "US", "region1", 0}}},
		{"Police broke up a Chiefland bar brawl.", us,
			[]want{{"Chiefland", "US", "city", 0}}},
	})
}

// Y of "X, Y" with X a place in the country named Y is the country, not a city named like it.
func TestCountryAfterItsPlace(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"He died March 11 at Camp Lemonnier, Djibouti.", us,
			[]want{{"Camp Lemonnier", "DJ", "feature", 0}, {"Djibouti", "DJ", "country", 223816}}},
		{"Sailors at Camp Lemonnier, Djibouti, trained; work will be performed in Djibouti (92%).", []string{"US", "DJ"},
			[]want{{"Camp Lemonnier", "DJ", "feature", 0}, {"Djibouti", "DJ", "country", 223816}, {"Djibouti", "DJ", "country", 223816}}},
		// negatives: the city where it is X, and "City" named as such
		{"Ships visited Kuwait City, Kuwait, and Djibouti City.", us,
			[]want{{"Kuwait City", "KW", "city", 0}, {"Kuwait", "KW", "country", 0}, {"Djibouti City", "DJ", "city", 0}}},
	})
}

// The launch site by its short name (curated.tsv), but not the senator of that name.
func TestVandenbergAlone(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Senator Arthur Vandenberg spoke. A rocket lifted off from Vandenberg on Tuesday.", []string{"US"},
			[]want{{"Vandenberg", "US", "city", 7262449}}},
	})
}

// A city of a million people that shares its name with a first-level region of its country is
// the city in a list of cities, and the region in a list of regions.
func TestListOfCities(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Flights from Chicago, New York and Atlanta were cancelled.", us,
			[]want{{"Chicago", "US", "city", 0}, {"New York", "US", "city", 5128581}, {"Atlanta", "US", "city", 0}}},
		{"Offices in Los Angeles, Miami, New York, and Detroit handle the claims.", nil,
			[]want{{"Los Angeles", "US", "city", 0}, {"Miami", "US", "city", 0}, {"New York", "US", "city", 5128581}, {"Detroit", "US", "city", 0}}},
		// negatives: a list of states, and the name alone
		{"Storms hit New York, New Jersey and Connecticut.", us,
			[]want{{"New York", "US", "region1", 5128638}, {"New Jersey", "US", "region1", 0}, {"Connecticut", "US", "region1", 0}}},
		{"The Guard deployed across New York.", us,
			[]want{{"New York", "US", "region1", 5128638}}},
	})
}

// A town with a fifteenth or less of the people of a first-level region of a million or more
// of the same name in another country is that region's small namesake: "Normandy" in a text
// about Indiana is the French region, not Normandy, Missouri, unless the text places it.
func TestRegionNamesake(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The landing ship will dock in Evansville, Ind., in August. It carried tanks onto the beaches of Normandy during the invasion of Europe.", nil,
			[]want{{"Evansville", "US", "city", 0}, {"Ind.", "US", "region1", 0}, {"Normandy", "FR", "region1", 11071621}, {"Europe", "", "feature", 0}}},
		{"Crews from Louisville, Ky., trained in Normandy.", nil,
			[]want{{"Louisville", "US", "city", 0}, {"Ky.", "US", "region1", 0}, {"Normandy", "FR", "region1", 11071621}}},
		// negative: the town where the text places it
		{"A team from Washington state toured Normandy, Missouri.", nil,
			[]want{{"Washington state", "US", "region1", 0}, {"Normandy", "US", "city", 4400737}, {"Missouri", "US", "region1", 0}}},
	})
}

// "the city of X", "the state of X" and "the province of X" say what kind of place X is.
func TestKindCue(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The Guard deployed to the state of Georgia after the storm.", nil,
			[]want{{"Georgia", "US", "region1", 4197000}}},
		{"Officials in the state of Washington reported the case.", nil,
			[]want{{"Washington", "US", "region1", 5815135}}},
		{"Crowds gathered in the city of New York.", nil,
			[]want{{"New York", "US", "city", 5128581}}},
		{"A rally was held in the province of Ontario.", nil,
			[]want{{"Ontario", "CA", "region1", 6093943}}},
		// a town the gazetteer lacks is no country
		{"Tickets are $15, according to the city of Turkey.", nil, []want{}},
		// negatives: a state that is a country, and the names without the cue
		{"The state of Qatar signed the agreement.", nil,
			[]want{{"Qatar", "QA", "country", 0}}},
		{"Talks between Georgia and Turkey resumed.", nil,
			[]want{{"Georgia", "GE", "country", 0}, {"Turkey", "TR", "country", 0}}},
	})
}

// Seas, island groups, bases and zones of the Indo-Pacific and press spellings of northern
// Iraq and Syria that the GeoNames extract lacks (curated.tsv).
func TestCuratedIndoPacific(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"North Korean soldiers crossed the DMZ twice.", []string{"KR", "KP"},
			[]want{{"DMZ", "", "feature", -342}}},
		{"Marines fought just south of the DMZ near Khe Sanh in 1968.", []string{"VN", "US"},
			[]want{{"DMZ", "VN", "feature", -619}, {"Khe Sanh", "VN", "feature", -511}}},
		{"Forces advanced toward Bashiqa and Tel Kayf, then Tal Hamis.", []string{"IQ"},
			[]want{{"Bashiqa", "IQ", "feature", -339}, {"Tel Kayf", "IQ", "city", 90353}, {"Tal Hamis", "SY", "city", 163568}}},
		{"Typhoon winds struck the Visayas; aircraft flew from Villamor Air Base over the Timor Sea and the Arafura Sea.", []string{"PH", "US"},
			[]want{{"Visayas", "PH", "feature", -616}, {"Villamor Air Base", "PH", "feature", -622}, {"Timor Sea", "", "feature", -617}, {"Arafura Sea", "", "feature", -618}}},
		{"Marines arrived at Robertson Barracks near Darwin.", []string{"AU", "US"},
			[]want{{"Robertson Barracks", "AU", "feature", -621}, {"Darwin", "AU", "city", 0}}},
		{"Troops held the Pusan Perimeter in August 1950.", []string{"KR", "US"},
			[]want{{"Pusan Perimeter", "KR", "feature", -620}}},
		{"The destroyer sailed within 12 nautical miles of Triton Island.", []string{"CN", "VN"},
			[]want{{"Triton Island", "", "feature", -623}}},
		{"The Hunga Tonga-Hunga Ha'apai eruption damaged Nuku'alofa.", []string{"TO"},
			[]want{{"Hunga Tonga-Hunga Ha'apai", "TO", "feature", -624}, {"Nuku'alofa", "TO", "city", 0}}},
	})
}

// A common word naming only small towns of the briefing's theatre needs a place nearby: the
// theatre alone supports only a town of 5,000 people or more.
func TestTheatreSupportsTownsOfSize(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"USAID, the U.S. Agency for International Development, said the Agency would send aid.", us, []want{}},
		{"The Council met on Tuesday, and the Energy Secretary spoke.", us, []want{}},
		// negatives: the town where the text places it, and a town of size in its theatre
		{"Officials in Council, Idaho, said.", us,
			[]want{{"Council", "US", "city", 5589857}, {"Idaho", "US", "region1", 0}}},
		{"Troops entered Hit.", []string{"IQ"},
			[]want{{"Hit", "IQ", "city", 95788}}},
	})
}

// A plural's possessive ends a name: the names on either side are places of their own.
func TestPluralPossessive(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A recovery team worked in Laos' Savannakhet province.", []string{"LA", "US"},
			[]want{{"Laos", "LA", "country", 0}, {"Savannakhet province", "LA", "region1", 1653315}}},
		{"Deputies patrolled Texas’ Harris County.", []string{"US"},
			[]want{{"Texas", "US", "region1", 0}, {"Harris County", "US", "region2", 0}}},
		// negative: a capitalised word after a possessive that is no place's
		{"Members of the Citizens' Alliance for Better Neighborhoods said the plan would cut crime in the city.", []string{"US"}, []want{}},
	})
}

// Who speaks, vehicles and satellites are no places; bases by their short names are.
func TestSpeakersVehiclesBases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Austin said the U.S. has provided more aid, including the promised Bradleys. The satellite USA-343 reached orbit.", []string{"UA", "US"},
			[]want{{"U.S.", "US", "country", 0}}},
		{"Crews at Malmstrom and F.E. Warren stood alert; radars at Clear Space Force Station and Los Angeles Air Force Base tracked it. The submarine arrived in Faslane, Scotland.", []string{"US"},
			[]want{{"Malmstrom", "US", "city", 7261214}, {"F.E. Warren", "US", "feature", -538}, {"Clear Space Force Station", "US", "feature", -625},
				{"Los Angeles Air Force Base", "US", "feature", -626}, {"Faslane", "GB", "feature", -627}, {"Scotland", "GB", "region1", 0}}},
		{"Ukrainian forces raided the Tendra Spit and struck near Donuzlav Lake in Crimea.", []string{"UA", "RU"},
			[]want{{"Tendra Spit", "UA", "feature", -629}, {"Donuzlav Lake", "UA", "feature", -628}, {"Crimea", "UA", "region1", 0}}},
		// negatives: a place after a preposition or "of" before a verb of speech, a capital
		// speaking for its government, and an acronym that is a country
		{"Officials in Austin said the plan failed, a resident of Tabriz told reporters, and Moscow said the talks failed; the USA and UK agreed.", []string{"US"},
			[]want{{"Austin", "US", "city", 0}, {"Tabriz", "IR", "city", 0}, {"Moscow", "RU", "city", 0}, {"USA", "US", "country", 0}, {"UK", "GB", "country", 0}}},
	})
}

// Waterways, islands and a port of briefings on the Caribbean and Central America that the
// GeoNames extract lacks (curated.tsv).
func TestCuratedCaribbean(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ships transit the Panama Canal; drought lowered Gatun Lake by six feet.", []string{"PA", "US"},
			[]want{{"Panama Canal", "PA", "feature", -630}, {"Gatun Lake", "PA", "feature", -631}}},
		{"Cutters patrolled the Windward Passage, the Mona Passage and the Florida Straits near the Dry Tortugas.", []string{"HT", "US"},
			[]want{{"Windward Passage", "", "feature", -632}, {"Mona Passage", "", "feature", -633}, {"Florida Straits", "", "feature", -634}, {"Dry Tortugas", "US", "feature", -635}}},
		{"The ship called off Puerto Quetzal, Guatemala.", []string{"GT", "US"},
			[]want{{"Puerto Quetzal", "GT", "feature", -636}, {"Guatemala", "GT", "country", 0}}},
	})
}

// An outpost, an airport and a range of briefings on Afghanistan and the evacuation of 2021
// (curated.tsv); the Khyber Pass lies in Pakistan.
func TestCuratedAfghanistan(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Soldiers withdrew from Restrepo outpost in the Korengal Valley.", []string{"AF"},
			[]want{{"Restrepo outpost", "AF", "feature", -637}, {"Korengal Valley", "AF", "feature", -13}}},
		{"Trucks crossed the Khyber Pass to Torkham; fighters hid in the Spin Ghar range.", []string{"AF"},
			[]want{{"Khyber Pass", "PK", "feature", -439}, {"Torkham", "AF", "feature", -312}, {"Spin Ghar range", "", "feature", -639}}},
		{"Evacuees landed at Washington Dulles International Airport and left Dulles Airport by bus.", []string{"US"},
			[]want{{"Washington Dulles International Airport", "US", "feature", -638}, {"Dulles Airport", "US", "feature", -638}}},
	})
}

// The poles, waters and bases of briefings on the Arctic and the fleet (curated.tsv), and a
// ship's name with a nickname in quotes.
func TestCuratedArctic(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The ice in North Star Bay breaks up in July, some 950 miles from the North Pole.", []string{"GL", "US"},
			[]want{{"North Star Bay", "GL", "feature", -647}, {"North Pole", "", "feature", -640}}},
		{"The ship operated in the Gulf of Alaska near Deadhorse, entered Puget Sound and later visited Cam Ranh Bay.", []string{"US"},
			[]want{{"Gulf of Alaska", "US", "feature", -642}, {"Deadhorse", "US", "feature", -643}, {"Puget Sound", "US", "feature", -644}, {"Cam Ranh Bay", "VN", "feature", -645}}},
		{"Marines stored gear in the caves at Værnes Air Station near Stjørdal.", []string{"NO"},
			[]want{{"Værnes Air Station", "NO", "feature", -646}, {"Stjørdal", "NO", "city", 0}}},
		{"USS Hershel \"Woody\" Williams arrived in Souda Bay.", []string{"US"},
			[]want{{"Souda Bay", "GR", "feature", -105}}},
		// negative: the town where the text places it
		{"Santa's house is in North Pole, Alaska.", []string{"US"},
			[]want{{"North Pole", "US", "city", 0}, {"Alaska", "US", "region1", 0}}},
	})
}

// Places of the Gulf War and the Iraq War the GeoNames extract lacks (curated.tsv),
// organisations named after Iraq, and a time zone.
func TestCuratedIraqWars(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops fought in Sadr City and the Green Zone, near Firdos Square; detainees moved to Camp Cropper.", []string{"IQ", "US"},
			[]want{{"Sadr City", "IQ", "feature", -648}, {"Green Zone", "IQ", "feature", -649}, {"Firdos Square", "IQ", "feature", -652}, {"Camp Cropper", "IQ", "feature", -651}}},
		{"Bombers destroyed the al-Askari Mosque in Samarra.", []string{"IQ"},
			[]want{{"al-Askari Mosque", "IQ", "feature", -653}, {"Samarra", "IQ", "city", 0}}},
		{"Troops massed at King Khalid Military City and later crossed Mutla Ridge.", []string{"SA", "KW"},
			[]want{{"King Khalid Military City", "SA", "feature", -650}, {"Mutla Ridge", "KW", "feature", -654}}},
		// organisations and a time zone are no places
		{"Attacks by al-Qaida in Iraq fell, Multi-National Force-Iraq said, and the strike came at 8 a.m. Kuwait time.", []string{"IQ", "US"}, []want{}},
	})
}

// Stateside ranges and landscapes, evacuation airports and the Balkans' names (curated.tsv),
// and a name after "each".
func TestCuratedStatesideAndEvacuations(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Units trained at Yuma Proving Ground, Dugway Proving Ground and the Nevada Test and Training Range, in the Mojave Desert and the Ozarks.", us,
			[]want{{"Yuma Proving Ground", "US", "feature", -655}, {"Dugway Proving Ground", "US", "feature", -656}, {"Nevada Test and Training Range", "US", "feature", -661},
				{"Mojave Desert", "US", "feature", -657}, {"Ozarks", "US", "feature", -658}}},
		{"Instructors at Lackland trained recruits; ships sailed the Chesapeake Bay; each Bradley fired.", us,
			[]want{{"Lackland", "US", "city", 7261570}, {"Chesapeake Bay", "US", "feature", -659}}},
		{"Refugees fled to Macedonia and Albania; flights went to Frankfurt from Ben Gurion Airport.", []string{"XK", "MK"},
			[]want{{"Macedonia", "MK", "country", 718075}, {"Albania", "AL", "country", 0}, {"Frankfurt", "DE", "city", 2925533}, {"Ben Gurion Airport", "IL", "feature", -662}}},
		{"Troops crossed the Sava River into Bosnia; planes left Rhein-Main Air Base, Mitiga and Al Anad Air Base.", []string{"BA", "US"},
			[]want{{"Sava River", "", "feature", -666}, {"Bosnia", "BA", "country", 0}, {"Rhein-Main Air Base", "DE", "feature", -663}, {"Mitiga", "LY", "feature", -664}, {"Al Anad Air Base", "YE", "feature", -665}}},
	})
}

// A transcript's speaker labels are no places, nor is "Say" opening a question; Walter Reed
// is the medical center (curated.tsv).
func TestTranscriptLabels(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"JOHN KIRBY: Good morning. LT. GEN. DOUGLAS SIMS: Thanks. Q: Say again the last part of your question?", []string{"US"}, []want{}},
		{"Secretary Austin was at Walter Reed.", []string{"US"},
			[]want{{"Walter Reed", "US", "feature", -667}}},
		// negative: the town where the text places it
		{"Troops moved to Say, Niger, near Niamey.", nil,
			[]want{{"Say", "NE", "city", 0}, {"Niger", "NE", "country", 0}, {"Niamey", "NE", "city", 0}}},
	})
}

// The seat of a first-level region that has the name as its own needs no more support abroad
// than a place named by its own name: "Raqqa" in a briefing on Afghanistan is the city.
func TestSeatOfOwnNamedRegionAbroad(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Coalition aircraft conducted 12 strikes near Raqqa on the final day.", []string{"AF"},
			[]want{{"Raqqa", "SY", "city", 172955}}},
		// negative: a small town elsewhere named by another name still needs support
		{"Troops in Kunduz met the Taliban.", []string{"AF"},
			[]want{{"Kunduz", "AF", "city", 0}}},
	})
}

// Military hospitals and a reservation of briefings on the pandemic (curated.tsv).
func TestCuratedMedical(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Medical teams from Brooke Army Medical Center and Tripler Army Medical Center deployed to the Navajo Nation.", []string{"US"},
			[]want{{"Brooke Army Medical Center", "US", "feature", -668}, {"Tripler Army Medical Center", "US", "feature", -669}, {"Navajo Nation", "US", "feature", -670}}},
	})
}

// An airport, an air base, a village and a river of briefings on NATO's eastern flank
// (curated.tsv).
func TestCuratedEasternFlankAirports(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Aid flowed through Rzeszów-Jasionka airport; jets left Taszár air base; troops camped near Białowieża on the Vistula near Chełmno.", []string{"PL", "LT"},
			[]want{{"Rzeszów-Jasionka airport", "PL", "feature", -671}, {"Taszár", "HU", "feature", -672}, {"Białowieża", "PL", "feature", -673},
				{"Vistula", "PL", "feature", -674}, {"Chełmno", "PL", "city", 0}}},
	})
}

// Bases and airports of briefings on Korea and Japan (curated.tsv).
func TestCuratedKoreaJapan(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Units moved from Camp Red Cloud to Camp Humphreys and left Yongsan Garrison in central Seoul.", []string{"KR"},
			[]want{{"Camp Red Cloud", "KR", "feature", -675}, {"Camp Humphreys", "KR", "feature", -111}, {"Yongsan Garrison", "KR", "feature", -676}, {"Seoul", "KR", "city", 0}}},
		{"A helicopter landed at Naha Airport; jets left NAF Atsugi; China calls the islands the Diaoyu.", []string{"JP"},
			[]want{{"Naha Airport", "JP", "feature", -678}, {"NAF Atsugi", "JP", "feature", -677}, {"China", "CN", "country", 0}, {"Diaoyu", "JP", "feature", -251}}},
	})
}
