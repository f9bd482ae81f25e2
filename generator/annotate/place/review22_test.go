package place

import "testing"

// Names in a list before a plural generic word ("the Chukchi and Beaufort seas") are the
// features the gazetteer names with the generic word, even when the name alone is no key or
// a common word, and a name of two words too.
func TestListBeforePluralGeneric(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Patrols covered the Chukchi and Beaufort seas.", []string{"US"},
			[]want{{"Chukchi", "", "feature", -1610}, {"Beaufort", "", "feature", -991}}},
		{"Ships operated in the Black and Baltic seas.", nil,
			[]want{{"Black", "", "feature", -23}, {"Baltic", "", "feature", -59}}},
		{"Ships operated in the Black, Baltic and Norwegian seas.", nil,
			[]want{{"Black", "", "feature", -23}, {"Baltic", "", "feature", -59}, {"Norwegian", "", "feature", -67}}},
		{"Ships patrolled the East China and South China seas.", nil,
			[]want{{"East China", "", "feature", -58}, {"South China", "", "feature", -57}}},
		// a capitalised plural after the list
		{"Ships operated in the Red and Arabian Seas.", nil, []want{{"Red", "", "feature", -21}}},
		// negatives: no plural generic, no list
		{"The Red and Blue teams met in Texas.", nil, []want{{"Texas", "US", "region1", 4736286}}},
		{"Black and Baltic officers met.", nil, nil},
	})
}

// Reviews of Africa Command's exercises and of the Middle East in 2023–2025: curated lakes,
// bights, gulfs, straits, regions of Africa, bases and ports; capitalised common words before
// a noun are no regions; a region after a task force's name and a dash or a comma is part of
// the name; a town's name between "the" and a ship's deed is the ship.
func TestReviewAfricaMideast(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Patrol boats worked on the shores of Lake Malawi.", nil, []want{{"Lake Malawi", "", "feature", -1678}}},
		{"Divers trained in Lake Tanganyika near Kigoma.", nil,
			[]want{{"Lake Tanganyika", "", "feature", -1679}, {"Kigoma", "TZ", "city", 0}}},
		{"Ships patrolled the Bight of Benin off Lagos and the Bight of Bonny near Douala.", nil,
			[]want{{"Bight of Benin", "", "feature", -1685}, {"Lagos", "NG", "city", 0}, {"Bight of Bonny", "", "feature", -1686}, {"Douala", "CM", "city", 0}}},
		{"The ship crossed the Gulf of Tadjoura to Obock and the Gulf of Suez.", nil,
			[]want{{"Gulf of Tadjoura", "DJ", "feature", -1687}, {"Obock", "DJ", "city", 0}, {"Gulf of Suez", "EG", "feature", -1688}}},
		{"Qatar patrolled the Gulf of Salwa.", nil,
			[]want{{"Qatar", "QA", "country", 0}, {"Gulf of Salwa", "", "feature", -1689}}},
		{"The teams trained in East Africa, Southern Africa and Central Africa.", nil,
			[]want{{"East Africa", "", "feature", -1694}, {"Southern Africa", "", "feature", -1695}, {"Central Africa", "", "feature", -1696}}},
		{"Ships transited the Strait of Tiran and the Mozambique Channel.", nil,
			[]want{{"Strait of Tiran", "", "feature", -1692}, {"Mozambique Channel", "", "feature", -1691}}},
		{"Jets flew from Hatzerim to Casamance.", nil,
			[]want{{"Hatzerim", "IL", "feature", -1703}, {"Casamance", "SN", "feature", -1698}}},
		{"The B-2s returned to Whiteman after the strike.", []string{"US"}, []want{{"Whiteman", "US", "city", 7259637}}},
		{"Fighters attacked Khasham near Deir ez-Zor.", []string{"SY"},
			[]want{{"Khasham", "SY", "city", 167899}, {"Deir ez-Zor", "SY", "city", 0}}},
		// capitalised common words before a noun; with the region's noun, the region
		{"\"Maritime security is a shared responsibility,\" said Rear Adm. Heidi Berg.", nil, nil},
		{"Plateau defenses were tested.", nil, nil},
		{"Troops deployed to the Maritime region near Lome.", []string{"TG"},
			[]want{{"Maritime region", "TG", "region1", 2365173}, {"Lome", "TG", "city", 0}}},
		// a region in a task force's name
		{"Soldiers of U.S. Army Southern European Task Force, Africa trained in Ghana.", nil,
			[]want{{"Ghana", "GH", "country", 0}}},
		{"Combined Joint Task Force – Horn of Africa medics treated patients in Djibouti.", nil,
			[]want{{"Djibouti", "DJ", "country", 0}}},
		// a ship's deed after "the"
		{"The Carney shot down four drones over the Red Sea.", nil, []want{{"Red Sea", "", "feature", -21}}},
		// negative: a town after "the" before a noun
		{"Militia fighters attacked Carney on Tuesday.", []string{"US"}, []want{{"Carney", "US", "city", 4350413}}},
	})
}

// Reviews of Afghanistan in 2015–2021 and of NATO's eastern flank: Dari names written with
// hyphens around the izafe; "districts of" a province places its districts in it; a name before a two-digit year is an exercise's; a town's or a
// state's name between "the" (and a ship name's first words) and a ship's deed is the ship;
// curated spellings and bases of Afghanistan.
func TestReviewAfghanistanEasternFlank(t *testing.T) {
	m := testMatcher(t)
	af := []string{"AF"}
	checkCases(t, m, []resolveCase{
		{"Fighting reached Nad-e-Ali and Sar-e-Pul.", af,
			[]want{{"Nad-e-Ali", "AF", "city", 1132550}, {"Sar-e-Pul", "AF", "city", 1127110}}},
		{"Troops left Pul-e-Khumri for Pul-e-Alam and Qala-e-Naw.", af,
			[]want{{"Pul-e-Khumri", "AF", "city", 1130490}, {"Pul-e-Alam", "AF", "city", 1130497}, {"Qala-e-Naw", "AF", "city", 1129867}}},
		{"Marines deployed to Camp Shorab in Helmand near Gereshk.", af,
			[]want{{"Camp Shorab", "AF", "feature", -366}, {"Helmand", "AF", "region1", 0}, {"Gereshk", "AF", "city", 1141540}}},
		{"Advisers in Gardez, Paktiya province, and in Maiwand district.", af,
			[]want{{"Gardez", "AF", "city", 0}, {"Paktiya province", "AF", "region1", 1131257}, {"Maiwand district", "AF", "region2", 7053304}}},
		{"British troops held Musa Qaleh and Girishk; Australians held Tirin Kot.", af,
			[]want{{"Musa Qaleh", "AF", "city", 1132604}, {"Girishk", "AF", "city", 1141540}, {"Tirin Kot", "AF", "city", 1122747}}},
		{"Convoys crossed the Salang Pass to Camp Shaheen.", af,
			[]want{{"Salang Pass", "AF", "feature", -1707}, {"Camp Shaheen", "AF", "feature", -1709}}},
		// "districts of" a province places the districts in it
		{"Troops fought in Khogyani, Kot and Shinwar districts of Nangarhar.", af,
			[]want{{"Khogyani", "AF", "region2", 7053283}, {"Kot", "AF", "region2", 7053284}, {"Shinwar", "AF", "region2", 7053292}, {"Nangarhar", "AF", "region1", 1132366}}},
		{"Strikes hit Haska Mena in Nangarhar.", af,
			[]want{{"Haska Mena", "AF", "region2", 7053267}, {"Nangarhar", "AF", "region1", 1132366}}},
		// an exercise's name and year
		{"Sweden hosted Aurora 23 with 26,000 troops.", nil, []want{{"Sweden", "SE", "country", 0}}},
		{"Finland hosted Lima 24 and Sofia 24.", nil, []want{{"Finland", "FI", "country", 0}}},
		// negatives: a count after the name; a state's highway
		{"In Lima 24 people died.", nil, []want{{"Lima", "PE", "city", 0}}},
		{"The office is on Texas 19 near Palestine.", []string{"US"}, []want{{"Texas", "US", "region1", 0}, {"Palestine", "US", "city", 0}}},
		// ships after "the"
		{"The Arlington sailed into Riga.", nil, []want{{"Riga", "LV", "city", 0}}},
		{"The Mount Whitney sailed from Gaeta to Helsinki.", nil, []want{{"Gaeta", "IT", "city", 0}, {"Helsinki", "FI", "city", 0}}},
		// negatives: a country takes "the"; a town before a noun
		{"The Philippines deployed 300 troops.", nil, []want{{"Philippines", "PH", "country", 0}}},
		{"Troops in the Arlington area returned.", []string{"US"}, []want{{"Arlington", "US", "city", 4744709}}},
	})
}

// A review of U.S. forces in Korea and Japan: Japanese cities that the data holds only as
// municipalities ("Tsushima Shi") by their bare names; curated straits, camps, islands and
// Mount Fuji; Korean spellings.
func TestReviewKoreaJapan(t *testing.T) {
	m := testMatcher(t)
	jp, kr := []string{"JP"}, []string{"KR"}
	checkCases(t, m, []resolveCase{
		{"A missile fell 200 km off Tsushima in Nagasaki Prefecture.", jp,
			[]want{{"Tsushima", "JP", "region2", 7418810}, {"Nagasaki Prefecture", "JP", "region1", 1856156}}},
		{"Soldiers at Sagamihara and Urasoe trained.", jp,
			[]want{{"Sagamihara", "JP", "region2", 1853293}, {"Urasoe", "JP", "region2", 1849184}}},
		// negative: the town of Aichi beside Nagoya
		{"Officials in Nagoya and Tsushima met.", jp,
			[]want{{"Nagoya", "JP", "city", 0}, {"Tsushima", "JP", "city", 1849539}}},
		{"Ships passed the Tsugaru Strait and the Soya Strait.", jp,
			[]want{{"Tsugaru Strait", "JP", "feature", -1712}, {"Soya Strait", "", "feature", -1713}}},
		{"Marines at Camp Kinser and Camp Fuji climbed Mount Fuji.", jp,
			[]want{{"Camp Kinser", "JP", "feature", -1714}, {"Camp Fuji", "JP", "feature", -1716}, {"Mount Fuji", "JP", "feature", -1718}}},
		{"Troops crossed near Goseong in Gangwon Province.", kr,
			[]want{{"Goseong", "KR", "city", 1840179}, {"Gangwon Province", "KR", "region1", 0}}},
		{"Soldiers at Yongsan and Camp Walker near the Military Demarcation Line.", kr,
			[]want{{"Yongsan", "KR", "city", 6800487}, {"Camp Walker", "KR", "feature", -1717}, {"Military Demarcation Line", "", "feature", -1711}}},
	})
}

// A review of Inherent Resolve's strike releases: a town abroad written where a place near
// the others is meant needs its country named; a list of models needs its "and"; an alternate
// spelled as the main name but for a final h or a doubled letter is the main name, and the main
// name without its article stays the main name; curated spellings, rivers and villages.
func TestReviewInherentResolve(t *testing.T) {
	m := testMatcher(t)
	iq, sy := []string{"IQ"}, []string{"SY"}
	checkCases(t, m, []resolveCase{
		{"Near Shafa, three strikes engaged two ISIS tactical units near Hajin.", sy,
			[]want{{"Hajin", "SY", "city", 174506}}},
		{"Near Arima, west of Manbij, SDF fighters held their positions.", sy,
			[]want{{"Manbij", "SY", "city", 167357}}},
		{"Near Taza, south of Kirkuk, ISIS fired a rocket.", iq, []want{{"Taza", "IQ", "feature", -2047}, {"Kirkuk", "IQ", "city", 0}}}, // (curated since: Taza Khurmatu)
		// negatives: a destination, a big city, a seat of a region of its name
		{"Soldiers flew from Ramstein to Rota on Tuesday.", []string{"DE", "PL"},
			[]want{{"Ramstein", "DE", "feature", -99}, {"Rota", "ES", "city", 2511700}}},
		{"Coalition aircraft conducted 12 strikes near Raqqa on the final day.", []string{"AF"},
			[]want{{"Raqqa", "SY", "city", 172955}}},
		{"Near Qayyarah, two strikes engaged an ISIS tactical unit.", iq, []want{{"Qayyarah", "IQ", "city", 99003}}},
		{"Near Sharqat, a strike destroyed a vehicle.", iq, []want{{"Sharqat", "IQ", "city", 91057}}},
		{"ISIS fighters attacked Haditha.", nil, []want{{"Haditha", "IQ", "city", 96309}}},
		{"ISIS fighters attacked Kobani and Beiji.", nil,
			[]want{{"Kobani", "SY", "city", 172256}, {"Beiji", "IQ", "city", 97783}}},
		{"Troops crossed the Great Zab near Lake Tharthar and Gogjali.", iq,
			[]want{{"Great Zab", "IQ", "feature", -1723}, {"Lake Tharthar", "IQ", "feature", -1722}, {"Gogjali", "IQ", "feature", -1730}}},
		{"The SDF reached the Balikh River and Dabiq.", sy,
			[]want{{"Balikh River", "SY", "feature", -1725}, {"Dabiq", "SY", "feature", -1726}}},
	})
}

// A review of counterterrorism in Somalia and Yemen: a branch of an armed group named after
// its country, before its members or its claims, names no place; a district the data gives
// no point yields to the town of its name in its province; curated spellings and places.
func TestReviewSomaliaYemen(t *testing.T) {
	m := testMatcher(t)
	so, ye := []string{"SO"}, []string{"YE"}
	checkCases(t, m, []resolveCase{
		{"U.S. forces targeted Islamic State in Somalia fighters near Bosaso.", nil,
			[]want{{"U.S.", "US", "country", 0}, {"Bosaso", "SO", "city", 64013}}},
		{"Al-Qaeda in Yemen claimed the attack near Mukalla.", nil, []want{{"Mukalla", "YE", "city", 78754}}},
		// negative: the group's presence in the country
		{"The Islamic State in Iraq is weakened.", nil, []want{{"Iraq", "IQ", "country", 0}}},
		{"A strike near Baidoa, in the Bay region.", so,
			[]want{{"Baidoa", "SO", "city", 64536}, {"Bay region", "SO", "region1", 64538}}},
		{"Officials visited Berbera and Hargeisa.", so,
			[]want{{"Berbera", "SO", "city", 64435}, {"Hargeisa", "SO", "city", 57289}}},
		{"Strikes near Mahaday and Sakow.", so,
			[]want{{"Mahaday", "SO", "city", 54460}, {"Sakow", "SO", "city", 52381}}},
		{"Troops fought at El Adde and Bulo Marer below the Golis Mountains.", so,
			[]want{{"El Adde", "SO", "feature", -1735}, {"Bulo Marer", "SO", "feature", -1734}, {"Golis Mountains", "SO", "feature", -1733}}},
		{"Strikes hit Seiyun and Azzan after the Yakla raid.", ye,
			[]want{{"Seiyun", "YE", "region2", 6940757}, {"Azzan", "YE", "feature", -1736}, {"Yakla", "YE", "feature", -1731}}},
	})
}

// A review of the Pentagon's contract announcements: a firm's "Co."; countries that buy arms
// or have governments; the country after a place and a comma whatever a firm's name made of
// it; "U.S." before an agency's name; an office or institute named after a country; a curated
// installation's region.
func TestReviewContracts(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Florida Power and Light Co., Juno Beach, Florida, is awarded $5 million.", us,
			[]want{{"Juno Beach", "US", "city", 0}, {"Florida", "US", "region1", 0}}},
		{"Mesa Co., Boston, Massachusetts, is awarded $5 million.", us,
			[]want{{"Boston", "US", "city", 4930956}, {"Massachusetts", "US", "region1", 0}}},
		{"Foreign Military Sales to Lebanon, with work in Harrisburg, Pennsylvania.", us,
			[]want{{"Lebanon", "LB", "country", 0}, {"Harrisburg", "US", "city", 0}, {"Pennsylvania", "US", "region1", 0}}},
		{"This involves the governments of Norway, Greece and India; work in Owego, New York.", us,
			[]want{{"Norway", "NO", "country", 0}, {"Greece", "GR", "country", 0}, {"India", "IN", "country", 0}, {"Owego", "US", "city", 0}, {"New York", "US", "region1", 0}}},
		// negative: the town before its state
		{"Officials in Lebanon, Pennsylvania, met.", us, []want{{"Lebanon", "US", "city", 5197517}, {"Pennsylvania", "US", "region1", 0}}},
		{"Thales Australia, Lithgow, Australia, is awarded a contract.", us,
			[]want{{"Lithgow", "AU", "city", 0}, {"Australia", "AU", "country", 0}}},
		{"The U.S. Special Operations Command, MacDill Air Force Base, Florida, is the contracting activity.", us,
			[]want{{"MacDill Air Force Base", "US", "feature", -170}, {"Florida", "US", "region1", 0}}},
		{"The Taiwan Economic and Cultural Representative Office in the United States signed.", us, nil},
		{"Army Contracting Command, Rock Island Arsenal, Illinois, is the contracting activity.", us,
			[]want{{"Rock Island Arsenal", "US", "feature", -457}, {"Illinois", "US", "region1", 0}}},
		// a city and its state of one name
		{"Work will be performed in New York, New York.", us,
			[]want{{"New York", "US", "city", 5128581}, {"New York", "US", "region1", 5128638}}},
	})
	got := m.Resolve([]string{"Army Contracting Command, Rock Island Arsenal, Illinois."}, us)
	if len(got) == 0 || got[0].Place.Region != "Illinois" {
		t.Errorf("Rock Island Arsenal's region: %+v", got)
	}
}

// Reviews of security assistance to Ukraine and of the Guard at home: a model's name before
// an acronym of its kind or "systems"; a storm's name is the storm throughout; a name of towns
// after "a" and before a deed or another such noun is a craft; curated harbors, Tyndall, the
// Grafenwöhr Training Area and Krynky's Russian spellings.
func TestReviewUkraineAidGuard(t *testing.T) {
	m := testMatcher(t)
	us, ua := []string{"US", "PR"}, []string{"UA"}
	checkCases(t, m, []resolveCase{
		{"The package includes 10 Puma UAS and 4 Puma systems.", ua, nil},
		{"The U.S. trained 2,600 Ukrainian soldiers at the Grafenwöhr Training Area.", ua,
			[]want{{"U.S.", "US", "country", 0}, {"Grafenwöhr Training Area", "DE", "feature", -1737}}},
		{"Marines held Krynki; fighting near Kupiansk-Vuzlovyi.", ua,
			[]want{{"Krynki", "UA", "feature", -276}, {"Kupiansk-Vuzlovyi", "UA", "feature", -1738}}},
		{"Hurricane Harvey struck Rockport, Texas. Harvey dumped 50 inches of rain on Houston.", us,
			[]want{{"Rockport", "US", "city", 4723422}, {"Texas", "US", "region1", 0}, {"Houston", "US", "city", 0}}},
		// negative: the city elsewhere
		{"Troops from Florence, Italy, arrived.", nil, []want{{"Florence", "IT", "city", 0}, {"Italy", "IT", "country", 0}}},
		{"A Chinook dropped sandbags; the Guard flew a Chinook and a Black Hawk to Lahaina.", us,
			[]want{{"Lahaina", "US", "city", 0}}},
		// negative: the town with its state
		{"Troops drove to Chinook, Montana.", us, []want{{"Chinook", "US", "city", 5644801}, {"Montana", "US", "region1", 0}}},
		{"Airmen returned to Tyndall near Panama City.", us,
			[]want{{"Tyndall", "US", "city", 7260215}, {"Panama City", "US", "city", 0}}},
		{"USNS Comfort arrived in New York Harbor; ships anchored in San Juan Bay.", us,
			[]want{{"New York Harbor", "US", "feature", -1739}, {"San Juan Bay", "PR", "feature", -1740}}},
		// a city of a million is not its state's hamlet for a town 128 km from the hamlet
		{"Troops deployed from San Diego to Brownsville, near Laredo and Del Rio.", us,
			[]want{{"San Diego", "US", "city", 5391811}, {"Brownsville", "US", "city", 0}, {"Laredo", "US", "city", 0}, {"Del Rio", "US", "city", 0}}},
		// negative: the town near its namesake
		{"Guardsmen in Portland and Corpus Christi.", us,
			[]want{{"Portland", "US", "city", 4720131}, {"Corpus Christi", "US", "city", 0}}},
	})
}

// A review of the 7th Fleet's deployments and port visits: a ship's name, once named as the
// ship, is the ship anywhere but after a preposition of place or before its region, and no
// word of it is a place; a one-digit number and a full stop end a sentence; an acronym in an
// exercise's name; curated ports and bays.
func TestReviewSeventhFleet(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"USS Jackson arrived. Santa Barbara's Sailors later joined Jackson's crew.", nil, nil},
		{"HMCS Ottawa met HMNZS Aotearoa. Aotearoa refueled Ottawa at sea.", nil, nil},
		{"USS Tripoli joined Expeditionary Strike Group 7. Tripoli will carry 20 F-35B jets.", nil, nil},
		{"USS New Orleans (LPD 18) sailed. New Orleans will spend 45 days at sea.", nil, nil},
		// negatives: after a preposition of place, before its region
		{"HMAS Sydney sailed. Sydney returned to Fleet Base East in Sydney.", nil,
			[]want{{"Fleet Base East", "AU", "feature", -1743}, {"Sydney", "AU", "city", 0}}},
		{"USS Jackson visited Jackson, Mississippi.", nil,
			[]want{{"Jackson", "US", "city", 4431410}, {"Mississippi", "US", "region1", 0}}},
		{"Ships sailed for Exercise CARAT Indonesia near Surabaya.", []string{"ID"}, []want{{"Surabaya", "ID", "city", 0}}},
		{"Ships sailed into Mobile Bay, Alabama.", nil, []want{{"Mobile Bay", "US", "feature", -1742}, {"Alabama", "US", "region1", 0}}},
		{"Tulsa visited Laem Chabang, then Benoa port in Bali and Ream.", nil,
			[]want{{"Laem Chabang", "TH", "feature", -1744}, {"Benoa port", "ID", "feature", -1745}, {"Bali", "ID", "region1", 0}, {"Ream", "KH", "feature", -1746}}},
	})
}

// A review of missile defence tests and Space Force operations: "SFB" and "SFS" for a Space
// Force base's and station's names; a name after a capitalised "Point" is a cape's the
// gazetteer lacks; a spacecraft's name before "capsule"; Wake and Greely by their short names.
func TestReviewMissileDefense(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US", "MH", "GL"}
	checkCases(t, m, []resolveCase{
		{"Guardians from Buckley SFB, Colorado, and Patrick SFB watched.", us,
			[]want{{"Buckley SFB", "US", "feature", -517}, {"Colorado", "US", "region1", 0}, {"Patrick SFB", "US", "feature", -518}}},
		{"THAAD launched from Wake Island and a second one from Wake.", us,
			[]want{{"Wake Island", "UM", "region1", 4041685}, {"Wake", "UM", "region1", 4041685}}},
		{"The rocket flew south past Point Sal and Point Loma.", us, []want{{"Point Loma", "US", "feature", -1894}}}, // (curated since)
		{"The Orion capsule splashed down.", us, nil},
	})
}

// A review of Pentagon briefing transcripts: names a speaker calls on (before "that's", after
// "Well,", alone as a question, after "go to", or after a place at a sentence's end), officials'
// surnames before what officials do, in reporters' questions and before their comments; ships
// after "the" in progressive, appositive and flagship-group forms; "Okay" and a broadcaster.
func TestReviewTranscripts(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"GEN. RYDER: Nancy, that's still being worked out with the Nigerien government.", us, nil},
		{"GEN. RYDER: Well, Savannah, we don't comment on that. Sorry, Austin, go ahead.", us, nil},
		{"GEN. RYDER: Let me go to Savannah. Let's go to the phones. Madison?", us, nil},
		{"GEN. RYDER: The Marines staged out of Seal Beach, Savannah.", us, []want{{"Seal Beach", "US", "city", 0}}},
		{"GEN. RYDER: There are a handful now in Tucson, Lara.", us, []want{{"Tucson", "US", "city", 0}}},
		{"Austin will travel to Brussels next week. Austin has been clear. Austin met with his counterpart.", us,
			[]want{{"Brussels", "BE", "city", 0}}},
		{"Q: Does Austin plan to visit Kyiv? Did Kirby say that yesterday?", us, []want{{"Kyiv", "UA", "city", 0}}},
		{"Q: Follow-up on Austin's comments in Bahrain.", us, []want{{"Bahrain", "BH", "country", 0}}},
		{"The Lincoln is transiting toward the region. The Carney is headed home.", us, nil},
		{"The Florida, a guided-missile submarine, transited the Suez Canal.", us, []want{{"Suez Canal", "EG", "feature", 0}}},
		{"The Iwo Jima ARG is at sea.", us, nil},
		{"GEN. RYDER: Okay. Next question.", us, nil},
		{"Afghan evacuees were housed at Fort Lee.", us, []want{{"Fort Lee", "US", "feature", -1749}}},
		{"Commuters crossed from Fort Lee, New Jersey, to Manhattan.", us,
			[]want{{"Fort Lee", "US", "city", 5098135}, {"New Jersey", "US", "region1", 0}, {"Manhattan", "US", "city", 0}}},
		{"Q: Sky News Arabia. What about Lebanon?", us, []want{{"Lebanon", "LB", "country", 0}}},
		{"The object was shot down over Yukon Territory.", us, []want{{"Yukon Territory", "CA", "region1", 6185811}}},
		// negatives: a place as a question's subject before "be" or "have", a town's own
		// possessive, a place set off at a sentence's end outside a transcript, "met" after a
		// list of places
		{"Has Raqqa been cleared? Does Mosul have power?", []string{"SY", "IQ"},
			[]want{{"Raqqa", "SY", "city", 0}, {"Mosul", "IQ", "city", 0}}},
		{"Austin's mayor spoke. Savannah's port is busy.", us, []want{{"Austin", "US", "city", 0}, {"Savannah", "US", "city", 0}}},
		{"The unit moved to Fort Stewart, near Savannah.", us, []want{{"Fort Stewart", "US", "city", 0}, {"Savannah", "US", "city", 0}}},
		{"Residents of Nagoya and Tsushima met.", []string{"JP"}, []want{{"Nagoya", "JP", "city", 0}, {"Tsushima", "JP", "city", 0}}},
		{"The Florida Keys are flooded, and the Georgia coast is next.", us,
			[]want{{"Florida Keys", "US", "feature", 0}, {"Georgia", "US", "region1", 0}}},
	})
}

// A review of budget rollouts and testimony: a place before "the" and an organisation is the
// place, a place after a firm's plural possessive is the place, "Anderson AFB" is Guam's
// Andersen, and "Ingalls" is the shipyard.
func TestReviewBudget(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"In Poland the Army would spend $210 million on barracks.", us, []want{{"Poland", "PL", "country", 0}}},
		{"He said at Ramstein Air Base the Air Force would build a hangar.", us, []want{{"Ramstein Air Base", "DE", "feature", 0}}},
		{"On Guam the Missile Defense Agency would field a radar.", us, []want{{"Guam", "GU", "country", 0}}},
		{"At Anderson AFB, Guam, the request funds a hangar.", us,
			[]want{{"Anderson AFB", "GU", "feature", -114}, {"Guam", "GU", "country", 0}}},
		{"Huntington Ingalls' Pascagoula yard and General Dynamics' Groton yard are busy.", us,
			[]want{{"Pascagoula", "US", "city", 0}, {"Groton", "US", "city", 0}}},
		{"Ingalls builds destroyers at Pascagoula, Mississippi.", us,
			[]want{{"Pascagoula", "US", "city", 0}, {"Mississippi", "US", "region1", 0}}},
		// negatives: an organisation's name with "of the" stays whole
		{"The University of the Philippines Diliman hosted it.", nil, nil},
	})
}

// Reviews of SOUTHCOM and NORTHCOM releases and of releases on Israel, Gaza and Syria: a big
// city's tiny namesake in a theatre country needs support nearby; the eastern Mediterranean's
// and Al Asad's press names.
func TestReviewAmericasGaza(t *testing.T) {
	m := testMatcher(t)
	latam := []string{"CO", "HN", "GT", "PA", "HT"}
	checkCases(t, m, []resolveCase{
		{"The cutter offloaded 20,000 pounds of cocaine in San Diego.", latam, []want{{"San Diego", "US", "city", 5391811}}},
		{"Destroyers in the Eastern Med shot down missiles; rockets hit Al Asad airbase.", []string{"IL", "IQ"},
			[]want{{"Eastern Med", "", "feature", -1125}, {"Al Asad airbase", "IQ", "feature", -93}}},
		// negatives: the theatre's own towns stay
		{"The ship docked at San Lorenzo, near Tegucigalpa.", latam,
			[]want{{"San Lorenzo", "HN", "city", 0}, {"Tegucigalpa", "HN", "city", 0}}},
		{"Aid reached Trujillo and La Ceiba.", []string{"HN"}, []want{{"Trujillo", "HN", "city", 0}, {"La Ceiba", "HN", "city", 0}}},
	})
}

// A person's full name after "the" names a ship (or another namesake), not the towns of its
// words; the name of a town's organisation after "the" stays the town.
func TestTheFullName(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Abraham Lincoln and the Theodore Roosevelt are both in CENTCOM.", us, nil},
		{"The George Washington sailed from Yokosuka.", us, []want{{"Yokosuka", "JP", "city", 0}}},
		// negatives: an organisation's name; a town named plainly
		{"A spokesman for the Henderson Police Department spoke. Henderson has money.", []string{"US"},
			[]want{{"Henderson", "US", "city", 0}}},
		{"He lives in Theodore, Alabama.", us, []want{{"Theodore", "US", "city", 0}, {"Alabama", "US", "region1", 0}}},
	})
}

// A review of DPAA releases: a curated village after "the village of"; Vietnam's provinces as
// "X Province", a stale row the data gives no point, mapped where the province lies.
func TestReviewDPAA(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"They searched near the village of Vossenack.", []string{"DE"}, []want{{"Vossenack", "DE", "feature", -830}}},
		{"Remains were found near the village of Buna.", []string{"PG"}, []want{{"Buna", "PG", "feature", -717}}},
		// negatives: a town the gazetteer lacks after "the city of" stays dropped
		{"They met in the city of Turkey.", nil, nil},
	})
	for _, x := range m.Resolve([]string{"The team excavated a site in Nghe An Province."}, []string{"VN"}) {
		if !x.Place.HasCoords || x.Place.Lat < 17 || x.Place.Lat > 21 {
			t.Errorf("%q: %s at %v,%v (has %v), want a point in Nghe An", x.Text, x.Place.Name, x.Place.Lat, x.Place.Lon, x.Place.HasCoords)
		}
	}
}

// A review of releases on the South Pacific and northern Australia: "PNG", "the Solomons" and
// Australia's state abbreviations after a town.
func TestReviewPacific(t *testing.T) {
	m := testMatcher(t)
	au := []string{"AU", "PG", "SB"}
	checkCases(t, m, []resolveCase{
		{"Troops flew to PNG and the Solomons.", au, []want{{"PNG", "PG", "country", 0}, {"Solomons", "SB", "country", 0}}},
		{"They trained in Perth, WA, and Melbourne, Vic.", au, []want{
			{"Perth", "AU", "city", 0}, {"WA", "AU", "region1", 2058645}, {"Melbourne", "AU", "city", 0}, {"Vic.", "AU", "region1", 2145234}}},
		{"Marines moved to Marine Corps Camp Blaz and Army Camp Humphreys.", []string{"GU", "KR", "US"}, []want{
			{"Camp Blaz", "GU", "feature", -133}, {"Camp Humphreys", "KR", "feature", -111}}},
		// negatives: an American state's abbreviation after an American town
		{"Airmen from Spokane, WA, deployed.", []string{"US"}, []want{{"Spokane", "US", "city", 0}, {"WA", "US", "region1", 5815135}}},
	})
}

// A review of releases on the High North: Norway's counties restored in 2024, which the data
// gives no point, stand for the merged counties their places are filed under.
func TestReviewNordic(t *testing.T) {
	m := testMatcher(t)
	no := []string{"NO", "SE", "FI"}
	checkCases(t, m, []resolveCase{
		{"Troops landed at Harstad in Troms and moved to Alta in Finnmark.", no, []want{
			{"Harstad", "NO", "city", 0}, {"Troms", "NO", "region1", 0}, {"Alta", "NO", "city", 0}, {"Finnmark", "NO", "region1", 0}}},
	})
	for _, x := range m.Resolve([]string{"They trained in Troms and Vestfold."}, no) {
		if !x.Place.HasCoords || x.Place.Lat < 58 {
			t.Errorf("%q: %s at %v,%v (has %v), want a point in Norway", x.Text, x.Place.Name, x.Place.Lat, x.Place.Lon, x.Place.HasCoords)
		}
	}
}

// A review of releases on the Balkans: a name after a noble's title and "of" is part of the
// title (a regiment's, a ship's), unless a country's.
func TestReviewBalkans(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Soldiers of the Princess of Wales's Royal Regiment and the Duke of Lancaster's Regiment patrolled Mitrovica.",
			[]string{"XK", "RS", "BA"}, []want{{"Mitrovica", "XK", "city", 0}}},
		{"The carrier HMS Prince of Wales left Portsmouth.", []string{"GB"}, []want{{"Portsmouth", "GB", "city", 0}}},
		// negatives: a country after a monarch's title
		{"The King of Jordan visited Amman.", nil, []want{{"Jordan", "JO", "country", 0}, {"Amman", "JO", "city", 0}}},
	})
}

// Reviews of releases on the tanker war, hospital ships and recruiting: more kinds of ship
// before a ship's name (a country there before a verb still acts), "Comfort" as a common
// word, a fleet's name as an organisation's, and big cities listed together.
func TestReviewShipsAndCityLists(t *testing.T) {
	m := testMatcher(t)
	gulf := []string{"IR", "KW", "BH", "SA", "AE", "QA", "OM", "IQ"}
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The reflagged supertanker Bridgeton struck a mine; the barge Hercules and the tug Ponce waited off Kuwait.", gulf,
			[]want{{"Kuwait", "KW", "country", 0}}},
		{"The boat Iran seized was a dhow Oman had flagged.", gulf, []want{{"Iran", "IR", "country", 0}, {"Oman", "OM", "country", 0}}},
		{"Comfort sailed about 300 nautical miles from Norfolk.", us, []want{{"Norfolk", "US", "city", 4776222}}},
		{"The U.S. Pacific Fleet sent ships to Guam.", us, []want{{"Guam", "GU", "country", 0}}},
		{"The Army opened recruiting stations in Chicago, Atlanta and Dallas.", us, []want{
			{"Chicago", "US", "city", 4887398}, {"Atlanta", "US", "city", 4180439}, {"Dallas", "US", "city", 4684888}}},
		{"Recruiters in Atlanta and Dallas met their goals.", us, []want{{"Atlanta", "US", "city", 4180439}, {"Dallas", "US", "city", 4684888}}},
		// negatives: a ship prefix's name stays a ship's; a state's name in a ship's name
		{"USNS Comfort docked; the USS New Jersey shelled the coast.", us, nil},
	})
}

// The same reviews: a sea of no one country beside the theatre's countries ("the Gulf"), the
// Great Lakes and the naval station named after them, places of Libya in 2011, and "off" as a
// preposition of place.
func TestReviewGulfLakesLibya(t *testing.T) {
	m := testMatcher(t)
	gulf := []string{"IR", "KW", "BH", "SA", "AE", "QA", "OM", "IQ"}
	checkCases(t, m, []resolveCase{
		{"Two barges were anchored in the northern Gulf. Kuwait asked for escorts.", gulf, []want{
			{"Gulf", "", "feature", -20}, {"Kuwait", "KW", "country", 0}}},
		{"Recruits train at Great Lakes, Illinois, before joining the fleet.", []string{"US"}, []want{
			{"Great Lakes", "US", "feature", -396}, {"Illinois", "US", "region1", 0}}},
		{"Shipping on the Great Lakes resumed at Thunder Bay.", []string{"CA"}, []want{
			{"Great Lakes", "", "feature", -1750}, {"Thunder Bay", "CA", "city", 0}}},
		{"Rebels held Yefren and the Nafusa Mountains, and fighters at Bin Jawad fell back; aid reached Kufra.", []string{"LY"}, []want{
			{"Yefren", "LY", "city", 2208791}, {"Nafusa Mountains", "LY", "feature", -1752}, {"Bin Jawad", "LY", "feature", -1751},
			{"Kufra", "LY", "region1", 88932}}},
		{"The hospital ship anchored off Lae and later off Madang.", nil, []want{{"Lae", "PG", "city", 0}, {"Madang", "PG", "city", 0}}},
		// negatives: "the Gulf" with no Gulf state in the theatre or the text
		{"Hurricanes hit the Gulf coast.", []string{"US"}, nil},
		{"Convoys crossed the Gulf in 1987.", []string{"US"}, nil},
	})
}

// Reviews of releases on peacekeeping missions, polar operations and the Korean and Vietnam
// wars: a mission's name with "the" before its country, things named after a place (a Jersey
// barrier), the theatre's own feature before one of many countries ("the DMZ" in Vietnam), a
// site in a city ("the Punchbowl in Honolulu"), and curated rows of those topics.
func TestReviewPeacePolarWars(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The U.N. Mission in the Republic of South Sudan protects civilians in Juba.", []string{"SS"}, []want{{"Juba", "SS", "city", 0}}},
		{"Engineers with Rome plows cleared jungle, and Jersey barriers lined the road.", []string{"VN"}, nil},
		{"Marines held the Hook until July 1953.", []string{"KR"}, nil},
		{"Marines patrolled south of the DMZ.", []string{"VN", "LA", "KH"}, []want{{"DMZ", "VN", "feature", -619}}},
		{"Soldiers patrol the DMZ near Panmunjom.", []string{"KR"}, []want{{"DMZ", "", "feature", -342}, {"Panmunjom", "", "feature", -171}}},
		{"He was buried at the Punchbowl in Honolulu.", []string{"KR"}, []want{{"Punchbowl", "US", "feature", -513}, {"Honolulu", "US", "city", 0}}},
		{"Marines fought at the Punchbowl in 1951.", []string{"KR"}, []want{{"Punchbowl", "KR", "feature", -781}}},
		{"The road between Gao and Kidal was mined.", []string{"ML"}, []want{{"Gao", "ML", "city", 0}, {"Kidal", "ML", "region2", 7701465}}},
		{"Flights reached Eureka on Ellesmere Island; C-17s landed at the Pegasus runway near McMurdo.", []string{"CA", "AQ", "US"}, []want{
			{"Eureka", "CA", "feature", -1754}, {"Ellesmere Island", "CA", "feature", -1756}, {"Pegasus runway", "AQ", "feature", -1763},
			{"McMurdo", "AQ", "feature", -977}}},
		{"Soldiers at El Gorah and Sheikh Zuweid patrolled toward Taba.", []string{"EG", "IL"}, []want{
			{"El Gorah", "EG", "feature", -1769}, {"Sheikh Zuweid", "EG", "feature", -1770}, {"Taba", "EG", "feature", -1771}}},
		{"Fighting raged in the Iron Triangle, north of Kosong, North Korea.", []string{"KR", "KP"}, []want{
			{"Iron Triangle", "KR", "feature", -1781}, {"Kosong", "KP", "feature", -1783}, {"North Korea", "KP", "country", 0}}},
		{"The 1st Cavalry fought near the Iron Triangle and at An Khe.", []string{"VN"}, []want{
			{"Iron Triangle", "VN", "feature", -1780}, {"An Khe", "VN", "feature", -1787}}},
		// negatives: a mission stationed elsewhere; "Alert" alone
		{"The 3rd Multi-Domain Task Force in Hawaii trained; the Alert was sounded.", []string{"US"}, []want{{"Hawaii", "US", "region1", 0}}},
	})
}

// The review of the 2007 surge in Iraq: Baghdad's districts and the surge's bases, Adhamiyah's
// point, a country before "currency", a number word in a code name, and a common word
// opening a sentence before its region ("HIT, Iraq —").
func TestReviewSurge07(t *testing.T) {
	m := testMatcher(t)
	iq := []string{"IQ"}
	checkCases(t, m, []resolveCase{
		{"Soldiers cleared Dora, Karrada, Kadhimiyah, Mansour and New Baghdad, then moved from Camp Liberty to FOB Falcon.", iq, []want{
			{"Dora", "IQ", "feature", -1790}, {"Karrada", "IQ", "feature", -1791}, {"Kadhimiyah", "IQ", "feature", -1792},
			{"Mansour", "IQ", "feature", -1793}, {"New Baghdad", "IQ", "feature", -1797}, {"Camp Liberty", "IQ", "feature", -1799},
			{"FOB Falcon", "IQ", "feature", -1800}}},
		{"Insurgents fled Salman Pak and Balad Ruz.", iq, []want{{"Salman Pak", "IQ", "feature", -1798}, {"Balad Ruz", "IQ", "city", 98109}}},
		{"Soldiers paid $15,000 in U.S. currency to sheikhs in Ramadi.", iq, []want{{"Ramadi", "IQ", "city", 0}}},
		{"Operation Three Swords began near Baqubah.", iq, []want{{"Baqubah", "IQ", "city", 0}}},
		{"Hit saw no attacks. HIT, Iraq — Marines patrolled.", iq, []want{{"HIT", "IQ", "city", 95788}, {"Iraq", "IQ", "country", 0}}},
	})
	for _, x := range m.Resolve([]string{"Soldiers cleared the Adhamiyah district of northeast Baghdad."}, iq) {
		if x.Text == "Adhamiyah district" && (x.Place.Lat > 34 || x.Place.Lat < 33) {
			t.Errorf("Adhamiyah at %v,%v, want Baghdad", x.Place.Lat, x.Place.Lon)
		}
	}
}

// The review of the China military power report: a Chinese province after "the" or after a
// ship's "Type" and number is a warship, not the province, and a Tupolev's or Ilyushin's
// designation is no town.
func TestReviewChinaMilitaryPower(t *testing.T) {
	m := testMatcher(t)
	cn := []string{"CN", "TW", "PH", "VN", "JP"}
	checkCases(t, m, []resolveCase{
		{"The Fujian, China's third aircraft carrier, and the Liaoning launch aircraft.", cn, []want{{"China", "CN", "country", 0}}},
		{"The Liaoning is homeported in Qingdao; the Type 076 Sichuan was launched in Shanghai.", cn, []want{
			{"Qingdao", "CN", "city", 0}, {"Shanghai", "CN", "city", 0}}},
		{"Two Tu-95s and a Tu-160 bomber flew with an Il-76.", cn, nil},
		// negatives: the province before its noun, after "and", or with no article
		{"Floods hit Fujian; the Hunan city of Yueyang and the Liaoning and Shandong provinces were spared.", cn, []want{
			{"Fujian", "CN", "region1", 0}, {"Hunan", "CN", "region1", 0}, {"Yueyang", "CN", "city", 0},
			{"Liaoning", "CN", "region1", 0}, {"Shandong", "CN", "region1", 0}}},
	})
	for _, x := range m.Resolve([]string{"The carrier sailed past Hainan Island."}, cn) {
		if x.Place.Lat < 18.8 {
			t.Errorf("%s at %v,%v, want on the island (about 19.2,109.7)", x.Text, x.Place.Lat, x.Place.Lon)
		}
	}
}

// The review of arms control releases: a town of a fifth or less of a city abroad of its name
// takes the theatre's weight only with close support ("Geneva" is Genève in a briefing on the
// United States and Russia), junk alternates and weapons' names that are small towns, and
// curated rows of the topic.
func TestReviewArmsControl(t *testing.T) {
	m := testMatcher(t)
	usru := []string{"US", "RU"}
	checkCases(t, m, []resolveCase{
		{"Negotiators last met in Geneva in October 2021; talks in Cologne and Frankfurt followed.", usru, []want{
			{"Geneva", "CH", "city", 0}, {"Cologne", "DE", "city", 0}, {"Frankfurt", "DE", "city", 0}}},
		{"The Pentagon tested a ground-launched Tomahawk; Russia fielded two Avangard vehicles.", usru, []want{{"Russia", "RU", "country", 0}}},
		{"Bombers flew from the Russian Far East and the Volga region to Avacha Bay.", usru, []want{{"Avacha Bay", "RU", "feature", -1807}}},
		{"Warheads were stored in the Urals and on the White Sea; agent was destroyed at Pueblo Chemical Depot.", usru, []want{
			{"Urals", "RU", "feature", -1805}, {"White Sea", "RU", "feature", -1806}, {"Pueblo Chemical Depot", "US", "feature", -1810}}},
		// negatives: a namesake with its state, or beside its neighbours
		{"Geneva, Illinois, hosted the parade near Chicago; Tomahawk, Wisconsin, too.", []string{"US"}, []want{
			{"Geneva", "US", "city", 0}, {"Illinois", "US", "region1", 0}, {"Chicago", "US", "city", 0},
			{"Tomahawk", "US", "city", 0}, {"Wisconsin", "US", "region1", 0}}},
	})
}

// The review of Corps of Engineers releases: a state's name after "the" in a river's context
// is the river, unless a list of states may go on.
func TestReviewStateRivers(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Barges moved down the Mississippi past Memphis, and Mississippi declared an emergency.", us, []want{
			{"Mississippi", "US", "feature", -37}, {"Memphis", "US", "city", 0}, {"Mississippi", "US", "region1", 0}}},
		{"Releases on the Missouri at Bismarck rose.", us, []want{{"Missouri", "US", "feature", -581}, {"Bismarck", "US", "city", 0}}},
		// negatives: a list of states
		{"The Mississippi and Alabama guard units deployed.", us, []want{{"Mississippi", "US", "region1", 0}, {"Alabama", "US", "region1", 0}}},
	})
}

// The same review: a sea of no one country gets no support from a town 2,000 km away or more,
// and curated dams, lakes and bays by their short names.
func TestReviewCorpsOfEngineers(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The ship channel, Gulf to Baton Rouge, was deepened.", us, []want{{"Baton Rouge", "US", "city", 0}}},
		{"Flows peaked at Bonneville near Portland; Gavins Point releases rose; Galveston Bay closed.", us, []want{
			{"Bonneville", "US", "feature", -881}, {"Portland", "US", "city", 0}, {"Gavins Point", "US", "feature", -587},
			{"Galveston Bay", "US", "feature", -1813}}},
		// negatives: the Gulf beside its own states
		{"Convoys crossed the Gulf near Bahrain.", []string{"BH", "KW"}, []want{{"Gulf", "", "feature", -20}, {"Bahrain", "BH", "country", 0}}},
	})
}

// The review of aviation mishap reports: an aircraft's name after "the" is the aircraft, and
// curated rows of the topic.
func TestReviewMishaps(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Osprey crashed near Glamis, California; the Chinook that landed was safe.", us, []want{
			{"Glamis", "US", "feature", -1824}, {"California", "US", "region1", 0}}},
		{"Marines flew from MCAS New River to Columbus Air Force Base.", us, []want{
			{"MCAS New River", "US", "feature", -1820}, {"Columbus Air Force Base", "US", "feature", -1821}}},
		// negatives: the town with its state
		{"Residents of Osprey, Florida, gathered.", us, []want{{"Osprey", "US", "city", 0}, {"Florida", "US", "region1", 0}}},
	})
	for _, x := range m.Resolve([]string{"The Osprey went down off Kagoshima Prefecture."}, []string{"JP", "US"}) {
		if x.Text == "Kagoshima Prefecture" && x.Place.Lat < 31 {
			t.Errorf("Kagoshima Prefecture at %v,%v, want on Kyushu", x.Place.Lat, x.Place.Lon)
		}
	}
}

// The review of noncombatant evacuations: a city found by another name that a bigger city
// bears as its own takes the theatre's weight only with close support, and a country after
// "Air" is an airline.
func TestReviewEvacuations(t *testing.T) {
	m := testMatcher(t)
	lev := []string{"JO", "LB", "IL", "SY"}
	checkCases(t, m, []resolveCase{
		{"Evacuees flew from Amman to Philadelphia and on to Dulles.", lev, []want{
			{"Amman", "JO", "city", 0}, {"Philadelphia", "US", "city", 0}, {"Dulles", "US", "feature", -638}}},
		{"Evacuees boarded Air France and Air Malta flights from Larnaca.", []string{"LB", "CY"}, []want{{"Larnaca", "CY", "city", 0}}},
	})
}

// Reviews of ship commissionings and Medal of Honor features: a name before "class" is a ship
// class, a nickname in quotes, or the surname after it, is no place, and a place a ship is named
// after is the place after "the city of".
func TestReviewClassesAndNicknames(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Virginia class and the Columbia class submarines are built in Groton.", us, []want{{"Groton", "US", "city", 0}}},
		{`Hiroshi "Hershey" Miyamura and William “Buffalo Bill” Cody were honored in Hershey.`, us, []want{{"Hershey", "US", "city", 0}}},
		{"USS Santa Barbara was commissioned; the city of Santa Barbara cheered.", us, []want{{"Santa Barbara", "US", "city", 0}}},
		// negatives: a place in quotes after a verb
		{`He flew to "Dallas" in quotes.`, us, []want{{"Dallas", "US", "city", 0}}},
	})
}

// The review of NATO spending: "Headquarters", a GeoNames alternate of Stansted Mountfitchet,
// is a stop word.
func TestReviewHeadquarters(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ministers met at NATO Headquarters; SHAPE Headquarters in Mons hosted planners.", []string{"BE"}, []want{{"Mons", "BE", "city", 0}}},
		{"Flights left Stansted.", []string{"GB"}, []want{{"Stansted", "GB", "city", 0}}},
	})
}

// Reviews of counter-drone, military justice and hurricane-response briefings: a vehicle's name
// after "a" or a model's designation is the vehicle, a place before "Barracks" or "Brig" is part
// of the institution's name, and Florida's Big Bend and two North Carolina rivers are curated.
func TestReviewVehiclesInstitutionsAndHelene(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"A laser mounted on a Stryker against drones was tested at Fort Sill.", us, []want{{"Fort Sill", "US", "feature", -451}}},
		{"The M-SHORAD Stryker carries a cannon.", us, nil},
		{"The U.S. Disciplinary Barracks at Fort Leavenworth held him.", us, []want{{"Fort Leavenworth", "US", "feature", -1065}}},
		{"The storm hit Florida's Big Bend near Perry.", us, []want{{"Florida", "US", "region1", 0}, {"Big Bend", "US", "feature", -1825}, {"Perry", "US", "city", 0}}},
		{"The Swannanoa River and the Rocky Broad River flooded.", us, []want{{"Swannanoa River", "US", "feature", -1826}, {"Rocky Broad River", "US", "feature", -1827}}},
		// negatives: the town with its state
		{"Soldiers marched in Stryker, Ohio, and in Big Bend, Wisconsin.", us, []want{{"Stryker", "US", "city", 0}, {"Ohio", "US", "region1", 0}, {"Big Bend", "US", "city", 0}, {"Wisconsin", "US", "region1", 0}}},
	})
}

// Reviews of nuclear-forces and Space Force releases: a base's one-word name, found alone as a
// town, is the base that the document names in full with a generic ending.
func TestReviewInstallationShortNames(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Ellsworth Air Force Base in South Dakota will host the B-21. Work at Ellsworth began in 2023.", us, []want{
			{"Ellsworth Air Force Base", "US", "feature", -191}, {"South Dakota", "US", "region1", 0}, {"Ellsworth", "US", "feature", -191}}},
		{"Kirtland Air Force Base hosts the lab. Crews at Kirtland tested it.", us, []want{
			{"Kirtland Air Force Base", "US", "feature", -536}, {"Kirtland", "US", "feature", -536}}},
		// negatives: the town with no base named
		{"He moved from Ellsworth, Maine, to Bangor.", us, []want{{"Ellsworth", "US", "city", 0}, {"Maine", "US", "region1", 0}, {"Bangor", "US", "city", 0}}},
	})
}

// The review of arms-sale notices: macro-regions of strategy and of news are curated, whole.
func TestReviewMacroRegions(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Forces in the Indo-Pacific and the Asia-Pacific region trained with allies in Eastern Europe and South Asia.", us, []want{
			{"Indo-Pacific", "", "feature", -1829}, {"Asia-Pacific region", "", "feature", -1830}, {"Eastern Europe", "", "feature", -1831}, {"South Asia", "", "feature", -1837}}},
		{"Central Asia, Northeast Asia and Western Europe; the Persian Gulf region.", us, []want{
			{"Central Asia", "", "feature", -1838}, {"Northeast Asia", "", "feature", -1839}, {"Western Europe", "", "feature", -1832}, {"Persian Gulf region", "", "feature", -20}}},
	})
}

// Reviews of arms-sale notices, South Asia and base-environment releases: a firm's town after
// its word of incorporation and "of", a nation's air or defence force where it trains, a sale
// that is no Salé, and species named after places.
func TestReviewFirmsForcesSalesAndSpecies(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The principal contractor will be Raytheon Company of Tucson, Arizona.", []string{"US"}, []want{
			{"Tucson", "US", "city", 0}, {"Arizona", "US", "region1", 0}}},
		{"Crews trained with the Indian Air Force in Jodhpur and the Maldives National Defence Force in Malé.", []string{"IN", "MV"}, []want{
			{"Jodhpur", "IN", "city", 0}, {"Malé", "MV", "city", 0}}},
		{"A Foreign Military Sale to India was approved.", []string{"US"}, []want{{"India", "IN", "country", 0}}},
		{"The Mariana fruit bat and Kirtland's warbler nest near Andersen Air Force Base on Guam.", []string{"GU"}, []want{
			{"Andersen Air Force Base", "GU", "feature", -114}, {"Guam", "GU", "country", 0}}},
		// negatives: a mission's place, an organisation's name, a state before people
		{"The UN Mission in South Sudan met at the Bank of America; Texas troops arrived.", []string{"US"}, []want{{"Texas", "US", "region1", 0}}},
	})
}

// Reviews of Coast Guard, South Asia, nuclear-forces and arms-sale releases: curated coasts,
// straits and gulfs, South Asian places, test sites and air bases, and points for the minor
// outlying islands the data gives none.
func TestReviewCuratedCoastsAndSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A man was hoisted near Cape Hatteras; the cutter patrolled the Gulf of Maine and the Strait of Juan de Fuca.", []string{"US"}, []want{
			{"Cape Hatteras", "US", "feature", -1840}, {"Gulf of Maine", "", "feature", -1849}, {"Strait of Juan de Fuca", "", "feature", -1845}}},
		{"Off Cape Flattery, Washington, and across New England.", []string{"US"}, []want{
			{"Cape Flattery", "US", "feature", -1853}, {"Washington", "US", "region1", 0}, {"New England", "US", "feature", -1856}}},
		{"Troops faced off along the Line of Actual Control and at Doklam; ships called at Gan.", []string{"IN", "MV"}, []want{
			{"Line of Actual Control", "", "feature", -1857}, {"Doklam", "", "feature", -1858}, {"Gan", "MV", "feature", -1864}}},
		{"Warheads are assembled at Pantex; tests were held at Novaya Zemlya and Lop Nur.", nil, []want{
			{"Pantex", "US", "feature", -1868}, {"Novaya Zemlya", "RU", "feature", -1869}, {"Lop Nur", "CN", "feature", -1870}}},
		{"Jets flew from Tengah Air Base to Palmyra Atoll.", nil, []want{{"Tengah Air Base", "SG", "feature", -1872}, {"Palmyra Atoll", "UM", "region1", 0}}},
	})
}

// The reviews of nuclear-forces and construction releases: a state's bare name is the state,
// not its capital that GeoNames also calls so.
func TestReviewStateNotCapital(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Tinker Air Force Base in Oklahoma hosts the E-3; Oklahoma lawmakers agreed.", []string{"US"}, []want{
			{"Tinker Air Force Base", "US", "feature", -449}, {"Oklahoma", "US", "region1", 0}, {"Oklahoma", "US", "region1", 0}}},
		// negatives: the city by its own name; a governorate yields to its city
		{"Flights left Oklahoma City; strikes hit Kirkuk.", []string{"US", "IQ"}, []want{{"Oklahoma City", "US", "city", 0}, {"Kirkuk", "IQ", "city", 0}}},
	})
}

// The Space Force review: "USA" before a number is a satellite's designation.
func TestReviewSatelliteDesignation(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Kosmos 2576 flew near USA 245 and USA-326; the USA team won.", []string{"US"}, []want{{"USA", "US", "country", 0}}},
	})
}

// The State Partnership Program review: a state's Guard names the state even beside the
// country of the same name, partners joined by a dash are a pair, and "Baltic" and "Balkan"
// before a noun are adjectives.
func TestReviewStatePartnerships(t *testing.T) {
	m := testMatcher(t)
	ge := []string{"GE"}
	checkCases(t, m, []resolveCase{
		{"More than 60 Guardsmen from Georgia trained near Tbilisi.", ge, []want{{"Georgia", "US", "region1", 0}, {"Tbilisi", "GE", "city", 0}}},
		{"Georgia's adjutant general visited Tbilisi.", ge, []want{{"Georgia", "US", "region1", 0}, {"Tbilisi", "GE", "city", 0}}},
		{"Troops deployed to the country of Georgia.", []string{"US"}, []want{{"Georgia", "GE", "country", 0}}},
		{"The Texas–Czech Republic partnership and the Ohio–Hungary partnership grew.", []string{"US"}, []want{
			{"Texas", "US", "region1", 0}, {"Czech Republic", "CZ", "country", 0}, {"Ohio", "US", "region1", 0}, {"Hungary", "HU", "country", 0}}},
		{"Three Baltic partnerships with Balkan partners; ships sailed in the Baltic.", []string{"US"}, []want{{"Baltic", "", "feature", -59}}},
		// negatives: the town with its state
		{"He lives in Baltic, Connecticut.", []string{"US"}, []want{{"Baltic", "US", "city", 0}, {"Connecticut", "US", "region1", 0}}},
	})
}

// The combat-training-center review: a town's name "near" a town or a site more than 300 km
// from every place of that name names a local feature the gazetteer lacks.
func TestReviewNearAFarSite(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Crews trained at Hidden Valley near Fort Irwin; boats crossed Thunder Bay near Alpena, Michigan.", us, []want{
			{"Fort Irwin", "US", "city", 0}, {"Alpena", "US", "city", 0}, {"Michigan", "US", "region1", 0}}},
		// negatives: a town near a town close by; a sea near a town
		{"Soldiers camped at Barstow near Fort Irwin; the river reaches the Gulf of Mexico near Beaumont.", us, []want{
			{"Barstow", "US", "city", 0}, {"Fort Irwin", "US", "city", 0}, {"Gulf of Mexico", "", "feature", 0}, {"Beaumont", "US", "city", 0}}},
	})
}

// The combat-training-center review: training centers and ranges are curated, Nellis alone is
// the base, and a small place's name before a unit's noun is the unit's nickname.
func TestReviewTrainingCenters(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Jets launched from Nellis; units rotated through the National Training Center and the JRTC.", us, []want{
			{"Nellis", "US", "city", 7261960}, {"National Training Center", "US", "feature", -1876}, {"JRTC", "US", "feature", -1877}}},
		{"The Cherokee battalion attacked; the Kirkuk brigade held.", us, []want{{"Kirkuk", "IQ", "city", 0}}},
		// negatives: the town with its state
		{"Troops from Cherokee, Iowa, trained.", us, []want{{"Cherokee", "US", "city", 0}, {"Iowa", "US", "region1", 0}}},
	})
}

// Reviews of air-mobility and mine-action releases: a base's short name repoints to the base
// whatever kind of entry the data gives it ("McConnell AFB"), a country that says who acts
// after "Place," places nothing, and Guard and Reserve bases are curated.
func TestReviewAirMobility(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Tankers from McConnell Air Force Base flew; McConnell's KC-135 fleet shrank.", []string{"US"}, []want{
			{"McConnell Air Force Base", "US", "city", 7315256}, {"McConnell", "US", "city", 7315256}}},
		{"In London, U.S. officials met British counterparts.", []string{"GB"}, []want{{"London", "GB", "city", 0}, {"U.S.", "US", "country", 0}}},
		{"In Mosul, U.S. forces supported Iraqi troops.", []string{"IQ"}, []want{{"Mosul", "IQ", "city", 0}, {"U.S.", "US", "country", 0}}},
		{"Tankers from Pease Air National Guard Base and March Air Reserve Base flew.", []string{"US"}, []want{
			{"Pease Air National Guard Base", "US", "feature", -1880}, {"March Air Reserve Base", "US", "feature", -1885}}},
	})
}

// The review of 18th- and 19th-century history features: a small place's name opening a
// sentence before a verb of commanding is the commander.
func TestReviewCommanders(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Sherman marched from Atlanta to Savannah. Grant ordered an assault.", us, []want{{"Atlanta", "US", "city", 0}, {"Savannah", "US", "city", 0}}},
		// negatives: the towns with their states; a small place that fell
		{"He was born in Sherman, Texas. Baghuz fell in March.", []string{"US", "SY"}, []want{
			{"Sherman", "US", "city", 0}, {"Texas", "US", "region1", 0}, {"Baghuz", "SY", "feature", 0}}},
	})
}

// The same review: the sides of old wars before a noun are adjectives.
func TestReviewWarSides(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"It was the largest Union defeat; Continental troops wintered at Valley Forge.", us, []want{{"Valley Forge", "US", "feature", -910}}},
		// negatives: the town with its state; a county
		{"He grew up in Union, New Jersey, and in Union County.", us, []want{
			{"Union", "US", "city", 0}, {"New Jersey", "US", "region1", 0}, {"Union County", "US", "region2", 0}}},
	})
}

// The same review: a possessive and a generic word name a local place the gazetteer lacks.
func TestReviewPossessiveNames(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Battle of Wilson's Creek was fought near Springfield, Missouri; Fox's Gap fell.", us, []want{
			{"Springfield", "US", "city", 0}, {"Missouri", "US", "region1", 0}}},
		// negatives: a country's possessive before its region; a curated possessive name
		{"Russia's Kursk region and Harper's Ferry.", []string{"RU", "US"}, []want{{"Russia", "RU", "country", 0}, {"Kursk region", "RU", "region1", 0}, {"Harper's Ferry", "US", "feature", -920}}},
	})
}

// The same review: the ship types of old navies name the ship after them.
func TestReviewOldShipTypes(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The gunboat Cairo sank; the ironclad Virginia fought; the raider Alabama burned ships.", us, nil},
		// negatives: "monitor" as a verb
		{"Diplomats monitor Russia's compliance; soldiers marched to Cairo, Illinois.", []string{"US"}, []want{
			{"Russia", "RU", "country", 0}, {"Cairo", "US", "city", 0}, {"Illinois", "US", "region1", 0}}},
	})
}

// Reviews of history features and logistics releases: weapons named after places, and the
// Defense Logistics Agency's regional activities, are no places.
func TestReviewNamedWeaponsAndActivities(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops carried Springfield rifles and Dahlgren guns; DLA Energy Japan shipped fuel to Japan.", []string{"US"}, []want{
			{"Japan", "JP", "country", 0}}},
	})
}

// Reviews of history, logistics and mine-action releases: battlefields, depots and districts
// curated.
func TestReviewCuratedBattlefieldsAndDepots(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troopers died at Little Bighorn; boats crossed Lake Champlain.", []string{"US"}, []want{
			{"Little Bighorn", "US", "feature", -1888}, {"Lake Champlain", "US", "feature", -1890}}},
		{"Fuel moved through Point Loma and Craney Island to Sunny Point.", []string{"US"}, []want{
			{"Point Loma", "US", "feature", -1894}, {"Craney Island", "US", "feature", -1895}, {"Sunny Point", "US", "feature", -1896}}},
		{"Teams cleared land near Cuito Cuanavale and in Cam Lo.", []string{"AO", "VN"}, []want{
			{"Cuito Cuanavale", "AO", "feature", -1899}, {"Cam Lo", "VN", "feature", -1901}}},
	})
}

// The Cold War review: an aircraft named after a bigger town, before a noun of aircraft.
func TestReviewAircraftNamedAfterTowns(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Sunderland flying boats flew; Lancaster bombers and Hastings transports landed at Gatow.", []string{"DE"}, []want{{"Gatow", "DE", "feature", -944}}},
		// negatives: the towns
		{"He was born in Sunderland and moved to Lancaster.", []string{"GB"}, []want{{"Sunderland", "GB", "city", 0}, {"Lancaster", "GB", "city", 0}}},
	})
}

// The Army modernization review: vehicles after "the" and an adjective or after "each", a small
// place's name after a model's designation, and a maker before a possessive and its model.
func TestReviewVehiclesAndMakers(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Bell's V-280 Valor flew; the latest Bradley and each Stryker carry troops; the XM1299 Booker rolled out.", us, nil},
		// negatives: a country's possessive, a base's, and the towns with their states
		{"Russia's S-400 radars; McConnell Air Force Base hosts tankers, and McConnell's KC-135 fleet shrank.", us, []want{
			{"Russia", "RU", "country", 0}, {"McConnell Air Force Base", "US", "city", 7315256}, {"McConnell", "US", "city", 7315256}}},
		{"He lives in Bell, California, and in Booker, Texas.", us, []want{
			{"Bell", "US", "city", 0}, {"California", "US", "region1", 0}, {"Booker", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
	})
}

// Reviews of the Cold War and of European logistics: "in" and a compass adjective place a
// town in the country after it, and prepositioned-stock sites, crossings and garrisons are
// curated.
func TestReviewCompassInAndLogisticsSites(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Missile sites near San Cristóbal in western Cuba were photographed.", []string{"CU"}, []want{
			{"San Cristóbal", "CU", "city", 0}, {"Cuba", "CU", "country", 0}}},
		{"Crews at Eygelshoven, Netherlands, drew vehicles that crossed at Świecko to Coleman Barracks.", []string{"NL"}, []want{
			{"Eygelshoven", "NL", "feature", -1903}, {"Netherlands", "NL", "country", 0}, {"Świecko", "PL", "feature", -1907}, {"Coleman Barracks", "DE", "feature", -1910}}},
	})
}

// Reviews of casualty releases and Guard deployments: a hometown named like a state is the
// town in the state after it, a Guard unit's town after "Regiment of", and Southwest Asia.
func TestReviewHometownsAndUnits(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Spc. Ian Tate, 22, of Washington, Pennsylvania, died in Kirkuk, Iraq.", []string{"IQ"}, []want{
			{"Washington", "US", "city", 5218069}, {"Pennsylvania", "US", "region1", 0}, {"Kirkuk", "IQ", "city", 0}, {"Iraq", "IQ", "country", 0}}},
		{"The 278th Armored Cavalry Regiment of Knoxville, Tennessee, deployed to Southwest Asia.", []string{"US"}, []want{
			{"Knoxville", "US", "city", 0}, {"Tennessee", "US", "region1", 0}, {"Southwest Asia", "", "feature", -1913}}},
		// negatives: a list of states
		{"Storms hit Washington, Oregon and Idaho.", []string{"US"}, []want{
			{"Washington", "US", "region1", 0}, {"Oregon", "US", "region1", 0}, {"Idaho", "US", "region1", 0}}},
	})
}

// The casualty releases review: a town and the country of Georgia make no pair when the town
// lies elsewhere; the state of Georgia and its town of that name do.
func TestReviewTownOfGeorgiaTheState(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Spc. Al Roe, 22, of Rome, Georgia, died at Aviano Air Base, Italy.", []string{"IT"}, []want{
			{"Rome", "US", "city", 0}, {"Georgia", "US", "region1", 0}, {"Aviano Air Base", "IT", "feature", -521}, {"Italy", "IT", "country", 0}}},
		// negatives: a town of the country of Georgia
		{"Troops trained near Gori, Georgia.", []string{"GE"}, []want{{"Gori", "GE", "city", 0}, {"Georgia", "GE", "country", 0}}},
	})
}

// The Guard deployments review: a country's name after "deploy to" is the country, not a small
// town of that name near the unit's home; a city stays a city.
func TestReviewDeployDestination(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Soldiers from Manchester, New Hampshire, will deploy to Poland for nine months.", us, []want{
			{"Manchester", "US", "city", 0}, {"New Hampshire", "US", "region1", 0}, {"Poland", "PL", "country", 0}}},
		// negatives: a city after "deployed to"; the town with its state
		{"Soldiers deployed to Kabul and to Erbil.", us, []want{{"Kabul", "AF", "city", 0}, {"Erbil", "IQ", "city", 0}}},
		{"He moved to Poland, Maine, in 2010.", us, []want{{"Poland", "US", "city", 0}, {"Maine", "US", "region1", 0}}},
	})
}

// Reviews of overseas cemeteries and wildfire support: ABMC cemeteries of the First World War
// curated, a helicopter's name after a service's word, and a park the gazetteer lacks is no
// town called National Park.
func TestReviewCemeteriesAndFires(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Wreaths were laid at the Aisne-Marne American Cemetery and the Somme American Cemetery.", []string{"FR"}, []want{
			{"Aisne-Marne American Cemetery", "FR", "feature", -1914}, {"Somme American Cemetery", "FR", "feature", -1916}}},
		{"A Montana Army National Guard Black Hawk and a Guard Chinook flew; fire burned into Zion National Park and Rocky Mountain National Park.", []string{"US"}, []want{
			{"Rocky Mountain National Park", "US", "feature", -1921}}},
	})
}

// The chemical weapons review: a depot's short name of two words after its full name, and a
// town before "Arsenal" or "Army Depot" named after it.
func TestReviewDepots(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"The Blue Grass Army Depot in Kentucky held nerve agent. Blue Grass workers finished in 2023.", us, []want{
			{"Blue Grass Army Depot", "US", "feature", -1811}, {"Kentucky", "US", "region1", 0}, {"Blue Grass", "US", "feature", -1811}}},
		{"Pine Bluff Arsenal in Arkansas destroyed its rockets; Tooele Army Depot followed.", us, []want{
			{"Pine Bluff", "US", "city", 0}, {"Arkansas", "US", "region1", 0}, {"Tooele", "US", "city", 0}}},
	})
}

// Reviews of border support and bomber task forces: Big Bend in Texas, a state before
// "Guardsmen", an airfield named inside a fort, San Ysidro by San Diego, and Andersen alone.
func TestReviewBorderAndBombers(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Agents covered Presidio and Alpine, Texas, and the Big Bend region of West Texas.", []string{"US"}, []want{
			{"Presidio", "US", "city", 0}, {"Alpine", "US", "city", 0}, {"Texas", "US", "region1", 0}, {"Big Bend", "US", "feature", -1828}, {"Texas", "US", "region1", 0}}},
		{"Texas Guardsmen strung wire; Fort Huachuca's Libby Army Airfield hosted drones.", []string{"US"}, []want{
			{"Texas", "US", "region1", 0}, {"Fort Huachuca", "US", "feature", -452}}},
		{"Crews worked near San Ysidro in San Diego; the bomber returned to Andersen.", []string{"US", "GU"}, []want{
			{"San Ysidro", "US", "feature", -1922}, {"San Diego", "US", "city", 0}, {"Andersen", "GU", "feature", -114}}},
		// negatives: a city's airport after its possessive
		{"Flights left Moscow's Domodedovo Airport.", []string{"RU"}, []want{{"Moscow", "RU", "city", 0}, {"Domodedovo", "RU", "city", 0}}},
	})
}

// Reviews of the COVID-19 response, the Gulf War, Central Asia, Ebola and Haiti, and relief in
// Asia: a city's own name before another city's old one, a port after a verb of a voyage, a
// British formation's number, task forces named for a country, and curated spellings, airports,
// mountains and towns.
func TestReviewReliefAndHistory(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The agency's Troop Support center in Philadelphia handled the orders.", nil, []want{{"Philadelphia", "US", "city", 4560349}}},
		{"Soldiers arrived in Philadelphia.", []string{"IQ"}, []want{{"Philadelphia", "US", "city", 4560349}}},
		{"Comfort departed New York on April 30.", []string{"US"}, []want{{"New York", "US", "city", 5128581}}},
		{"British forces of 1 (UK) Armoured Division took Basra.", []string{"IQ"}, []want{{"Basra", "IQ", "city", 0}}},
		{"JTF-Haiti and SPMAGTF-Haiti flew to Port-au-Prince; JFC-Liberia worked in Monrovia.", nil, []want{
			{"Port-au-Prince", "HT", "city", 0}, {"Monrovia", "LR", "city", 0}}},
		{"Troops at Karshi-Khanabad in the Kashkadarya region; aid went to Chui province.", []string{"UZ", "KG"}, []want{
			{"Karshi-Khanabad", "UZ", "feature", -703}, {"Kashkadarya region", "UZ", "region1", 1114928}, {"Chui province", "KG", "region1", 1538652}}},
		{"Marines flew to Leyte and Northern Samar.", []string{"PH"}, []want{
			{"Leyte", "PH", "feature", -1935}, {"Northern Samar", "PH", "region2", 1697549}}},
		{"Troops moved to Hafr al-Batin and Rafha and landed at King Fahd International Airport.", []string{"SA"}, []want{
			{"Hafr al-Batin", "SA", "city", 106297}, {"Rafha", "SA", "feature", -1927}, {"King Fahd International Airport", "SA", "feature", -1923}}},
		{"Teams flew between Kathmandu and Mount Everest over the Himalayas; Langtang was hit.", []string{"NP"}, []want{
			{"Kathmandu", "NP", "city", 0}, {"Mount Everest", "NP", "feature", -1928}, {"Himalayas", "", "feature", -1929}, {"Langtang", "NP", "feature", -1934}}},
		{"The Kabul River rose near Nowshera; Mount Pinatubo erupted in 1991.", nil, []want{
			{"Kabul River", "AF", "feature", -228}, {"Nowshera", "PK", "city", 1341204}, {"Mount Pinatubo", "PH", "feature", -1932}}},
		// negatives: a spelling of the same name keeps the foreign city
		{"Troops left Kiev for Lviv.", nil, []want{{"Kiev", "UA", "city", 0}, {"Lviv", "UA", "city", 0}}},
	})
}

// The Central Asia review: a sea before "for" and an organisation's name that says what it
// serves, and "X, Y" where Y opens the sentence's clause after an opening phrase.
func TestReviewOpeningPhrases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Baku offered its port on the Caspian Sea for Northern Distribution Network cargo.", []string{"AZ"}, []want{
			{"Baku", "AZ", "city", 0}, {"Caspian Sea", "", "feature", -24}}},
		{"Following the May 2005 unrest in Andijan, Tashkent gave Washington 180 days to leave.", []string{"UZ"}, []want{
			{"Andijan", "UZ", "city", 0}, {"Tashkent", "UZ", "city", 0}, {"Washington", "US", "city", 0}}},
		// negatives: a pair with no opening phrase keeps its rule
		{"Police in Henderson, Australia said.", nil, []want{{"Australia", "AU", "country", 0}}},
	})
}

// Reviews of cyber forces, Pacific exercises, Panama, Grenada and Somalia, and the Vietnam War:
// a post's own town under a foreign theatre, a theatre town before a foreign city's own name,
// an abbreviation before a formation's ordinal, a name ending in a possessive before another
// word, and curated places of those wars.
func TestReviewPostsAndOldWars(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The 780th Military Intelligence Brigade, based at Fort Meade, supports Army Cyber Command.", []string{"DE", "PL"}, []want{
			{"Fort Meade", "US", "city", 7257909}}},
		{"The frigate sailed from Newport to Norfolk.", []string{"US"}, []want{{"Newport", "US", "city", 5223593}, {"Norfolk", "US", "city", 4776222}}},
		{"He is commander of U.S. 3rd Fleet; U.S. troops joined.", nil, []want{{"U.S.", "US", "country", 0}}},
		{"Troops reached the residence in St. George's and held it.", []string{"GD"}, []want{{"St. George's", "GD", "city", 3579925}}},
		{"Veterans visited My Lai; they fought at Xuan Loc and near Snuol; the Hue Citadel fell.", []string{"VN", "KH"}, []want{
			{"My Lai", "VN", "feature", -1936}, {"Xuan Loc", "VN", "feature", -1937}, {"Snuol", "KH", "feature", -1938}, {"Hue Citadel", "VN", "feature", -1939}}},
		{"Troops in the Canal Zone and on the shore of Panama Bay.", []string{"PA"}, []want{
			{"Canal Zone", "PA", "feature", -1940}, {"Panama Bay", "PA", "feature", -1941}}},
		// negatives: a foreign city named by its English exonym keeps its weight
		{"Talks in Geneva ended.", []string{"US"}, []want{{"Geneva", "CH", "city", 0}}},
	})
}

// Reviews of the South China Sea, base renamings, World War I and the Red Sea: lists before
// "shoals" and "reefs", training events' names, a time zone in brackets, a weapon named for a
// place and a number, and curated reefs, islands and French villages.
func TestReviewReefsZonesAndVillages(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ships patrol the Second Thomas and Scarborough shoals and the Fiery Cross, Subi and Mischief reefs.", []string{"US"}, []want{
			{"Second Thomas", "", "feature", -143}, {"Scarborough", "", "feature", -92}, {"Fiery Cross", "", "feature", -336},
			{"Subi", "", "feature", -729}, {"Mischief", "", "feature", -335}}},
		{"Ships sailed near Gaven Reef, Itu Aba and Matsu.", nil, []want{
			{"Gaven Reef", "", "feature", -1942}, {"Itu Aba", "", "feature", -1948}, {"Matsu", "TW", "feature", -1952}}},
		{"The ship passed 80 kilometers from Hateruma.", nil, []want{{"Hateruma", "JP", "feature", -1950}}},
		{"Recruits finished the final Forge exercise; The Crucible tests recruits at Parris Island.", []string{"US"}, []want{
			{"Parris Island", "US", "feature", -559}}},
		{"At 2:30 a.m. (Sanaa time) the Houthis fired a Palestine-2 missile at ships near Abbs.", []string{"YE"}, []want{
			{"Abbs", "YE", "city", 70357}}},
		{"The Marines fought at Blanc Mont Ridge in Champagne and trained at Gondrecourt; the Tuscania sank off Islay.", []string{"FR"}, []want{
			{"Blanc Mont Ridge", "FR", "feature", -1965}, {"Champagne", "FR", "feature", -1955}, {"Gondrecourt", "FR", "feature", -1958},
			{"Islay", "GB", "feature", -1956}}},
		{"The Montfaucon American Monument stands above Varennes-en-Argonne.", []string{"FR"}, []want{
			{"Montfaucon", "FR", "feature", -1957}, {"Varennes-en-Argonne", "FR", "feature", -1964}}},
	})
}

// The Red Sea and base renaming reviews: a compass word in lower case before a name that a
// region's name holds with it ("the southern Red Sea"), and a pair joined by a hyphen whose
// second place's name opens with "Fort" or "St.".
func TestReviewCompassRegionsAndPairs(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"A ship was hit in the southern Red Sea; destroyers sailed the eastern Mediterranean.", []string{"YE"}, []want{
			{"southern Red Sea", "", "feature", -380}, {"eastern Mediterranean", "", "feature", -1125}}},
		{"Flights landed at Dallas-Fort Worth and Minneapolis-St. Paul.", []string{"US"}, []want{
			{"Dallas", "US", "city", 0}, {"Fort Worth", "US", "city", 0}, {"Minneapolis", "US", "city", 0}, {"St. Paul", "US", "city", 0}}},
		// negatives: a compass word before a name with no such region stays out of it
		{"Troops in southern Iraq and northern Syria.", nil, []want{{"Iraq", "IQ", "country", 0}, {"Syria", "SY", "country", 0}}},
	})
}

// The military family review: "Mold" is the word before it is the Welsh town, a list after a
// preposition of place before an officials' verb is no pair of persons, and Sembach.
func TestReviewFamilies(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Mold was found in 40 homes at Fort Meade.", []string{"US"}, []want{{"Fort Meade", "US", "city", 7257909}}},
		{"Families at Sembach and Kaiserslautern met.", []string{"DE"}, []want{
			{"Sembach", "DE", "feature", -1969}, {"Kaiserslautern", "DE", "city", 0}}},
		// negatives: the town with its country, and a pair of persons
		{"He lives in Mold, Wales.", nil, []want{{"Mold", "GB", "city", 0}, {"Wales", "GB", "region1", 0}}},
		{"Austin and Kurilla visited Erbil.", []string{"IQ"}, []want{{"Erbil", "IQ", "city", 0}}},
	})
}

// Reviews of Midnight Hammer, Southern Spear and the Derna floods: a gang named for a state, a
// common word after a possessive determiner, an aircraft's name before its kind, a ship named for
// an island, and curated places of Iran, Venezuela, Puerto Rico, Libya and Morocco.
func TestReviewStrikesAndFloods(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The boat was operated by Tren de Aragua off Venezuela.", nil, []want{{"Venezuela", "VE", "country", 0}}},
		{"The strike defends our Homeland; the MEU's Osprey tiltrotors flew from Puerto Rico.", []string{"US"}, []want{
			{"Puerto Rico", "PR", "country", 0}}},
		{"The Iwo Jima was operating roughly 100 miles north of Venezuela.", nil, []want{{"Venezuela", "VE", "country", 0}}},
		{"Jets flew from La Carlota air base in Caracas toward the Paria Peninsula; Marines trained at Camp Santiago.", []string{"VE", "PR"}, []want{
			{"La Carlota air base", "VE", "feature", -1974}, {"Caracas", "VE", "city", 0}, {"Paria Peninsula", "VE", "feature", -1978},
			{"Camp Santiago", "PR", "feature", -1983}}},
		{"Aid reached Derna, Soussa and Shahhat; missiles flew from Kashan.", []string{"LY", "IR"}, []want{
			{"Derna", "LY", "city", 0}, {"Soussa", "LY", "feature", -1984}, {"Shahhat", "LY", "feature", -1985}, {"Kashan", "IR", "feature", -1970}}},
		{"The quake struck the High Atlas near Ighil and Amizmiz.", []string{"MA"}, []want{
			{"High Atlas", "MA", "feature", -1987}, {"Ighil", "MA", "feature", -1991}, {"Amizmiz", "MA", "feature", -1988}}},
		// negatives: the island itself, and the town with its region
		{"Marines landed on Iwo Jima in 1945.", nil, []want{{"Iwo Jima", "JP", "feature", -155}}},
	})
}

// Reviews of Syria in 2025, the Baltic cables, South Asia, the Guard in US cities and Ukraine's
// strikes in Russia: a speaker's label in mixed case, "Union Station", "U.S." in a federal
// court's name, and curated places of those theatres.
func TestReviewLabelsCourtsAndBases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Will the U.S. leave Syria entirely? Parnell: Secretary Hegseth has directed the drawdown.", nil, []want{
			{"U.S.", "US", "country", 0}, {"Syria", "SY", "country", 0}}},
		{"Guardsmen patrolled Union Station and the National Mall; the U.S. District Court ruled.", []string{"US"}, []want{
			{"National Mall", "US", "feature", -2023}}},
		{"Returnees went to the Jeddah 1 camp south of Mosul and crossed at Rabia.", []string{"IQ"}, []want{
			{"Jeddah 1 camp", "IQ", "feature", -1993}, {"Mosul", "IQ", "city", 0}, {"Rabia", "IQ", "feature", -1994}}},
		{"Drones hit Olenya, Belaya and Shaykovka; NATO's maritime command at Northwood.", []string{"RU", "GB"}, []want{
			{"Olenya", "RU", "feature", -1472}, {"Belaya", "RU", "feature", -1471}, {"Shaykovka", "RU", "feature", -2019},
			{"Northwood", "GB", "feature", -2006}}},
		{"India struck Rafiqui and Bholari across the Line of Control; cables near Öland and the Kattegat.", []string{"IN", "SE"}, []want{
			{"India", "IN", "country", 0}, {"Rafiqui", "PK", "feature", -1996}, {"Bholari", "PK", "feature", -1998},
			{"Line of Control", "", "feature", -2000}, {"Öland", "SE", "feature", -2018}, {"Kattegat", "", "feature", -2008}}},
		// negatives: "U.S." before a title stays, as before "Ambassador"
		{"U.S. District Judge Karin Immergut ruled.", nil, []want{{"U.S.", "US", "country", 0}}},
	})
}

// The OIR and Iraq reviews: a curated name with its generic word in lower case, press
// spellings of Iraqi towns, and Ramadi's bases.
func TestReviewIraqSpellings(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Militia occupied the Imam Ali shrine; troops crossed the Karbala gap.", []string{"IQ"}, []want{
			{"Imam Ali shrine", "IQ", "feature", -1447}, {"Karbala gap", "IQ", "feature", -1310}}},
		{"Near Huwayjah, five strikes engaged units; Husaybah, Fallouja and Baqouba.", []string{"IQ"}, []want{
			{"Huwayjah", "IQ", "city", 390188}, {"Husaybah", "IQ", "city", 92138}, {"Fallouja", "IQ", "city", 99454}, {"Baqouba", "IQ", "city", 97990}}},
		{"Marines worked from Camp Ramadi and Hurricane Point.", []string{"IQ"}, []want{
			{"Camp Ramadi", "IQ", "feature", -1450}, {"Hurricane Point", "IQ", "feature", -2024}}},
	})
}

// Reviews of Mosul, Raqqa, North Korea's launches and Kabul in 2021: press spellings, an
// acronym before a colon in running text, and curated places of those campaigns.
func TestReviewMosulRaqqaKoreaKabul(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops retook the Old City of Mosul and the Grand al-Nuri Mosque; camps at Khazir and Hasansham.", []string{"IQ"}, []want{
			{"Old City of Mosul", "IQ", "feature", -2033}, {"Grand al-Nuri Mosque", "IQ", "feature", -2034},
			{"Khazir", "IQ", "feature", -2038}, {"Hasansham", "IQ", "feature", -2039}}},
		{"The SDF took the town of Mansoura, west of Raqqa; camps in Ayn Issa and Mabrouka.", []string{"SY"}, []want{
			{"Mansoura", "SY", "city", 8559276}, {"Raqqa", "SY", "city", 0}, {"Ayn Issa", "SY", "city", 0}, {"Mabrouka", "SY", "feature", -2027}}},
		{"Missiles flew from Sunan International Airport toward the West Sea and near Ulleung Island.", []string{"KP", "KR"}, []want{
			{"Sunan International Airport", "KP", "feature", -2029}, {"West Sea", "", "feature", -70}, {"Ulleung Island", "KR", "feature", -2032}}},
		{"Military aircraft sorties from HKIA: 387. Crowds gathered outside Hamid Karzai airport.", []string{"AF"}, []want{
			{"HKIA", "AF", "feature", -129}, {"Hamid Karzai airport", "AF", "feature", -129}}},
	})
}

// The Iraq 2017 and Afghanistan 2017-19 reviews: Kirkuk's towns and fields and Helmand's
// and Ghazni's districts by their press spellings.
func TestReviewKirkukAndHelmand(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops moved through Daquq and Taza near Kirkuk; clashes at Altun Kupri; the oil fields at Baba Gurgur.", []string{"IQ"}, []want{
			{"Daquq", "IQ", "city", 0}, {"Taza", "IQ", "feature", -2047}, {"Kirkuk", "IQ", "city", 0},
			{"Altun Kupri", "IQ", "feature", -2048}, {"Baba Gurgur", "IQ", "feature", -2049}}},
		{"Ghazni's Jaghori district and the Khanashin district of southern Helmand.", []string{"AF"}, []want{
			{"Ghazni", "AF", "city", 0}, {"Jaghori district", "AF", "region2", 7052958}, {"Khanashin district", "AF", "city", 1137079},
			{"Helmand", "AF", "region1", 0}}},
	})
}

// The Gaza pier, Ukraine 2022, Beirut and Libya, and EDCA reviews: a town's capitalised
// "Port", and curated crossings, rivers, islands, straits, airports and Lebanese towns.
func TestReviewPortsStraitsAndCrossings(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Staging at Larnaca Port was coordinated; ships left Ashdod Port.", []string{"CY", "IL"}, []want{
			{"Larnaca", "CY", "city", 0}, {"Ashdod", "IL", "city", 0}}},
		{"Cargo crossed at Korczowa; villages along the Inhulets river.", []string{"PL", "UA"}, []want{
			{"Korczowa", "PL", "feature", -2052}, {"Inhulets river", "UA", "feature", -2055}}},
		{"Marines flew to Cesar Basa Air Base, past Orchid Island and the Balabac Strait.", []string{"PH", "TW"}, []want{
			{"Cesar Basa Air Base", "PH", "feature", -723}, {"Orchid Island", "TW", "feature", -2056}, {"Balabac Strait", "", "feature", -2058}}},
		{"Guns fired near Hammana; shells fell on Khalde.", []string{"LB"}, []want{
			{"Hammana", "LB", "feature", -2062}, {"Khalde", "LB", "feature", -2063}}},
	})
}
