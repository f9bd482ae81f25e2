package place

import "testing"

// A country's own name is the country, not a first-level region of it named alike (the data's
// province of Taiwan, which also holds Taipei), and "CITY, Country" never names the city twice.
func TestCountryNamedLikeItsRegion(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"TAIPEI, Taiwan — Aircraft were detected around Taiwan.", []string{"TW"},
			[]want{{"TAIPEI", "TW", "city", 1668341}, {"Taiwan", "TW", "country", 1668284}, {"Taiwan", "TW", "country", 1668284}}},
		{"Taiwan's air force scrambled jets from Hualien.", []string{"TW"},
			[]want{{"Taiwan", "TW", "country", 1668284}, {"Hualien", "TW", "city", 0}}},
		{"PANAMA CITY, Panama — Troops arrived.", []string{"PA"},
			[]want{{"PANAMA CITY", "PA", "city", 3703443}, {"Panama", "PA", "country", 3703430}}},
		// negatives: the region by its suffix, and a region of another name keeps "X, Y"
		{"Officials in Taiwan Province met.", []string{"TW"},
			[]want{{"Taiwan Province", "TW", "region1", 7280291}}},
		{"Tabqa, in Raqqa, was retaken.", []string{"SY"},
			[]want{{"Tabqa", "SY", "city", 0}, {"Raqqa", "SY", "region1", 172957}}},
	})
}

// A naval group called after its carrier, and a ship named earlier in the text and then again
// after "the", are ships, not the provinces they are named after.
func TestCarrierNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The Shandong carrier group sailed 200 nautical miles southeast of Taiwan.", []string{"TW"},
			[]want{{"Taiwan", "TW", "country", 0}}},
		{"The Nimitz Carrier Strike Group and the Eisenhower strike group left Norfolk.", []string{"US"},
			[]want{{"Norfolk", "US", "city", 0}}},
		{"The Chinese aircraft carriers Liaoning and Shandong operated in the Pacific, with the Liaoning sailing near Okinawa and the Shandong south of Tokyo.", []string{"JP", "CN"},
			[]want{{"Pacific", "", "feature", 0}, {"Okinawa", "JP", "region1", 0}, {"Tokyo", "JP", "city", 0}}},
		{"The USS Oklahoma capsized. The Oklahoma lost 429 crewmen.", []string{"US"}, nil},
		// negatives: the province by its suffix after the ship, a sea named like its ship, and
		// with no ship named before
		{"The cruiser USS Philippine Sea entered the Philippine Sea on Monday.", []string{"US"},
			[]want{{"Philippine Sea", "", "feature", 0}}},
		{"The carrier Liaoning left Qingdao; Liaoning province held drills.", []string{"CN"},
			[]want{{"Qingdao", "CN", "city", 0}, {"Liaoning province", "CN", "region1", 0}}},
		{"Exercises were held in the Liaoning and Shandong provinces.", []string{"CN"},
			[]want{{"Liaoning", "CN", "region1", 0}, {"Shandong", "CN", "region1", 0}}},
	})
}

// Straits, islands and a shoal of the Western Pacific, a submarine base, and Okinawa's point
// on its main island (curated.tsv).
func TestCuratedWesternPacific(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Vessels were swarming Sabina Shoal, which Manila calls Escoda Shoal.", []string{"PH"},
			[]want{{"Sabina Shoal", "", "feature", -470}, {"Manila", "PH", "city", 0}, {"Escoda Shoal", "", "feature", -470}}},
		{"Bombers flew through the Tsushima Strait and the Miyako Strait toward Shikoku and Kyushu.", []string{"JP"},
			[]want{{"Tsushima Strait", "", "feature", -471}, {"Miyako Strait", "JP", "feature", -473}, {"Shikoku", "JP", "feature", -474}, {"Kyushu", "JP", "feature", -475}}},
		{"The missile landed 200 km west of Okushiri Island.", []string{"JP", "KP"},
			[]want{{"Okushiri Island", "JP", "feature", -477}}},
		{"Marines deployed to the Luzon Strait island of Batan.", []string{"PH", "US"},
			[]want{{"Luzon Strait", "", "feature", 0}, {"Batan", "PH", "feature", -348}}},
		// (a region after "Region", a command's head, is part of its name since: "Joint Region Marianas")
		{"Joint Region Marianas sent crews to Saipan; sailors trained at Kings Bay and in the Northern Marianas.", []string{"US"},
			[]want{{"Saipan", "MP", "city", 0}, {"Kings Bay", "US", "city", 7260333}, {"Northern Marianas", "MP", "country", 0}}},
		{"Crews in the Marianas trained on Saipan.", []string{"US"},
			[]want{{"Marianas", "", "feature", -478}, {"Saipan", "MP", "city", 0}}},
	})
	for _, x := range m.Resolve([]string{"About 5,000 Marines will relocate from Okinawa."}, []string{"JP"}) {
		if x.Text == "Okinawa" && (x.Place.Lat < 26 || x.Place.Lat > 27 || x.Place.Lon < 127.5 || x.Place.Lon > 128.5) {
			t.Errorf("Okinawa at %.3f,%.3f, want a point on Okinawa Island", x.Place.Lat, x.Place.Lon)
		}
	}
}

// Names of budget, sustainment and Middle East releases: companies and a militia named with
// a place, a title and an old town name in common words, and curated depots, plants, yards,
// airports and bases; Massachusetts inside the state.
func TestBudgetAndGulfNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Lockheed Martin builds the jets in Fort Worth; Huntington Ingalls builds carriers.", []string{"US"},
			[]want{{"Fort Worth", "US", "city", 0}}},
		{"Basic allowance for housing rose 5.4 percent.", []string{"US"}, nil},
		// a name joined by "and" to a ranked person is a person's, but not after "from"
		{"Austin and Gen. Kurilla said the strikes hit Iraq.", []string{"US", "IQ"},
			[]want{{"Iraq", "IQ", "country", 0}}},
		{"Troops flew from Austin and Gen. Smith's staff followed.", []string{"US"},
			[]want{{"Austin", "US", "city", 0}}},
		{"Rockets hit Baghdad International Airport and Erbil Air Base; the Islamic Resistance in Iraq claimed it.", []string{"IQ"},
			[]want{{"Baghdad International Airport", "IQ", "feature", -497}, {"Erbil Air Base", "IQ", "feature", -498}}},
		{"Drones struck Ras Tanura; aircraft flew from King Khalid Air Base, Thumrait and Masirah Island.", []string{"SA", "OM"},
			[]want{{"Ras Tanura", "SA", "feature", -499}, {"King Khalid Air Base", "SA", "feature", -500}, {"Thumrait", "OM", "feature", -502}, {"Masirah Island", "OM", "feature", -501}}},
		{"Shells are forged at Scranton Army Ammunition Plant and loaded at Iowa Army Ammunition Plant; Bath Iron Works and Newport News Shipbuilding build the ships.", []string{"US"},
			[]want{{"Scranton Army Ammunition Plant", "US", "feature", -487}, {"Iowa Army Ammunition Plant", "US", "feature", -488}, {"Bath Iron Works", "US", "feature", -479}, {"Newport News Shipbuilding", "US", "feature", -480}}},
		{"Tobyhanna Army Depot and Red River Army Depot repair radios and vehicles; Puget Sound Naval Shipyard and Norfolk Naval Shipyard repair carriers.", []string{"US"},
			[]want{{"Tobyhanna Army Depot", "US", "feature", -481}, {"Red River Army Depot", "US", "feature", -482}, {"Puget Sound Naval Shipyard", "US", "feature", -491}, {"Norfolk Naval Shipyard", "US", "feature", -490}}},
		{"The Red Hill fuel facility on Oahu was closed after Red Hill leaked.", []string{"US"},
			[]want{{"Red Hill", "US", "feature", -496}, {"Oahu", "US", "feature", 0}, {"Red Hill", "US", "feature", -496}}},
	})
	for _, x := range m.Resolve([]string{"Guardsmen trained in Massachusetts."}, []string{"US"}) {
		if x.Text == "Massachusetts" && (x.Place.Lat < 42 || x.Place.Lon < -72.5 || x.Place.Lon > -71.5) {
			t.Errorf("Massachusetts at %.3f,%.3f, want a point inside the state", x.Place.Lat, x.Place.Lon)
		}
	}
}

// Battlefields and memorials of history features, Arctic and space sites (curated.tsv), and
// the planet, which is no Earth, Texas.
func TestHistoryArcticSpaceNames(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Troops linked the Utah Beach and Omaha Beach landings; Rangers climbed Pointe du Hoc.", []string{"FR"},
			[]want{{"Utah Beach", "FR", "feature", -506}, {"Omaha Beach", "FR", "feature", -206}, {"Pointe du Hoc", "FR", "feature", -507}}},
		{"Corregidor and the Bataan Peninsula fell; Marines raised the flag on Mount Suribachi.", []string{"PH", "JP"},
			[]want{{"Corregidor", "PH", "feature", -508}, {"Bataan Peninsula", "PH", "feature", -509}, {"Mount Suribachi", "JP", "feature", -510}}},
		{"Marines held Khe Sanh; the 7th Cavalry fought in the Ia Drang Valley.", []string{"VN"},
			[]want{{"Khe Sanh", "VN", "feature", -511}, {"Ia Drang Valley", "VN", "feature", -512}}},
		{"Veterans gathered at the cemetery known as the Punchbowl, in Honolulu.", []string{"US"},
			[]want{{"Punchbowl", "US", "feature", -513}, {"Honolulu", "US", "city", 0}}},
		{"Fighters flew from Alaska to Labrador and along the Yukon River near Fairbanks.", []string{"US", "CA"},
			[]want{{"Alaska", "US", "region1", 0}, {"Labrador", "CA", "feature", -514}, {"Yukon River", "", "feature", -515}, {"Fairbanks", "US", "city", 0}}},
		{"Satellites in medium Earth orbit are flown from Schriever Space Force Base.", []string{"US"},
			[]want{{"Schriever Space Force Base", "US", "feature", -516}}},
		{"Ships passed the Dardanelles.", []string{"TR"},
			[]want{{"Dardanelles", "TR", "feature", -520}}},
		// negative: Sydney's suburb where the text is about Sydney
		{"Police in Punchbowl and Bankstown, Sydney.", []string{"AU"},
			[]want{{"Punchbowl", "AU", "city", 0}, {"Bankstown", "AU", "city", 0}, {"Sydney", "AU", "city", 0}}},
	})
}
