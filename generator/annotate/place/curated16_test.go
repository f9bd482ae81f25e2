package place

import "testing"

// Training areas, seas and islands of Pacific and Indian Ocean exercises that the GeoNames
// extract lacks (curated.tsv).
func TestCuratedExerciseAreas(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Talisman Sabre opened in Queensland at Shoalwater Bay Training Area and Townsville Field Training Area, with landings at Bowen.", []string{"AU"},
			[]want{{"Queensland", "AU", "region1", 0}, {"Shoalwater Bay Training Area", "AU", "feature", -382},
				{"Townsville Field Training Area", "AU", "feature", -388}, {"Bowen", "AU", "city", 0}}},
		{"Ships sailed from Visakhapatnam into the Bay of Bengal and the Andaman Sea.", []string{"IN"},
			[]want{{"Visakhapatnam", "IN", "city", 0}, {"Bay of Bengal", "", "feature", -383}, {"Andaman Sea", "", "feature", -384}}},
		{"Troops patrolled Jolo and the Sulu Archipelago.", []string{"PH"},
			[]want{{"Jolo", "PH", "city", 0}, {"Sulu Archipelago", "PH", "feature", -385}}},
		{"RIMPAC units trained off Oahu, Kauai and the Pacific Missile Range Facility at Barking Sands.", []string{"US"},
			[]want{{"Oahu", "US", "feature", 0}, {"Kauai", "US", "feature", -387}, {"Pacific Missile Range Facility", "US", "feature", -386},
				{"Barking Sands", "US", "feature", -386}}},
	})
}

// A name between "the" and a noun of an exercise names the exercise, unless it is a
// country's or a first-level region's.
func TestExerciseName(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ships of the Malabar exercise sailed from Visakhapatnam.", []string{"IN"},
			[]want{{"Visakhapatnam", "IN", "city", 0}}},
		{"The Zapad exercise and the Vostok drills began near Kaliningrad.", []string{"RU"},
			[]want{{"Kaliningrad", "RU", "city", 0}}},
		{"The Alaska exercise and the Hawaii drills ended.", []string{"US"},
			[]want{{"Alaska", "US", "region1", 0}, {"Hawaii", "US", "region1", 0}}},
	})
}

// Places of briefings on Libya, the eastern Congo and Mozambique that the GeoNames extract
// lacks or spells otherwise (curated.tsv).
func TestCuratedAfricanFronts(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Wagner forces moved from Brak al-Shati toward Al Jufra and Al Jufra Air Base.", []string{"LY"},
			[]want{{"Brak al-Shati", "LY", "city", 0}, {"Al Jufra", "LY", "region1", 2219944}, {"Al Jufra Air Base", "LY", "feature", -389}}},
		{"M23 rebels advanced on Sake, near Lake Kivu; troops were seen near Rubavu.", []string{"CD", "RW"},
			[]want{{"Sake", "CD", "city", 0}, {"Lake Kivu", "", "feature", -390}, {"Rubavu", "RW", "city", 202905}}},
		{"Insurgents attacked Palma in Cabo Delgado; Rwandan forces retook Afungi.", []string{"MZ"},
			[]want{{"Palma", "MZ", "feature", 0}, {"Cabo Delgado", "MZ", "region1", 0}, {"Afungi", "MZ", "feature", -391}}},
	})
}

// U.S. posts, bases and stations by their names old and new (curated.tsv).
func TestCuratedUSPostsOldAndNewNames(t *testing.T) {
	m := testMatcher(t)
	us := []string{"US"}
	checkCases(t, m, []resolveCase{
		{"Soldiers from Fort Gregg-Adams, Fort Barfoot and Fort Walker deployed.", us,
			[]want{{"Fort Gregg-Adams", "US", "city", 4759735}, {"Fort Barfoot", "US", "feature", -392}, {"Fort Walker", "US", "feature", -393}}},
		{"Units at Fort Lee, Fort Pickett and Fort A.P. Hill trained.", us,
			[]want{{"Fort Lee", "US", "feature", -1749}, {"Fort Pickett", "US", "feature", -392}, {"Fort A.P. Hill", "US", "feature", -393}}},
		{"Airmen at Joint Base Andrews and Creech Air Force Base took part.", us,
			[]want{{"Joint Base Andrews", "US", "feature", -394}, {"Creech Air Force Base", "US", "feature", -395}}},
		{"Sailors from Naval Station Great Lakes and Naval Base Kitsap reported.", us,
			[]want{{"Naval Station Great Lakes", "US", "feature", -396}, {"Naval Base Kitsap", "US", "feature", -397}}},
		{"Marines from Marine Corps Base Quantico, Marine Corps Air Station Miramar and Marine Corps Base Hawaii deployed.", us,
			[]want{{"Marine Corps Base Quantico", "US", "feature", -398}, {"Marine Corps Air Station Miramar", "US", "feature", -399}, {"Marine Corps Base Hawaii", "US", "feature", -400}}},
		// the towns, where the text says so
		{"Commuters from Fort Lee, New Jersey, crossed into Manhattan.", us,
			[]want{{"Fort Lee", "US", "city", 5098135}, {"New Jersey", "US", "region1", 0}, {"Manhattan", "US", "city", 0}}},
		{"Storms hit Miramar, Florida.", us,
			[]want{{"Miramar", "US", "city", 0}, {"Florida", "US", "region1", 0}}},
	})
}

// Front-line villages of Ukraine that the GeoNames extract lacks, by their Ukrainian and
// Russian spellings (curated.tsv).
func TestCuratedUkrainianFrontVillages(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Ukrainian units held Novoprokopivka, Kozacha Lopan, Klishchiivka and Synkivka.", []string{"UA", "RU"},
			[]want{{"Novoprokopivka", "UA", "feature", -403}, {"Kozacha Lopan", "UA", "feature", -401}, {"Klishchiivka", "UA", "feature", -402}, {"Synkivka", "UA", "feature", -404}}},
		{"Fighting near Sinkivka and Kupiansk; Kleshcheevka and Bakhmut were shelled.", []string{"UA"},
			[]want{{"Sinkivka", "UA", "feature", -404}, {"Kupiansk", "UA", "city", 0}, {"Kleshcheevka", "UA", "feature", -402}, {"Bakhmut", "UA", "city", 0}}},
	})
}

// Camps and neighbourhoods of Gaza and the West Bank, Mount Hermon and Iran's Fordow plant
// (curated.tsv). Zeitoun, a neighbourhood of Gaza City and a district of Cairo, has no row.
func TestCuratedGazaCampsAndFordow(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Israeli forces operated in the Shati camp, Maghazi, Shujaiya and Tel al-Sultan; raids hit the Nur Shams camp near Tulkarm.", []string{"IL", "PS"},
			[]want{{"Shati camp", "PS", "feature", -405}, {"Maghazi", "PS", "feature", -406}, {"Shujaiya", "PS", "feature", -408},
				{"Tel al-Sultan", "PS", "feature", -409}, {"Nur Shams camp", "PS", "feature", -410}, {"Tulkarm", "PS", "city", 0}}},
		{"Hezbollah fired at Mount Hermon.", []string{"IL", "LB"},
			[]want{{"Mount Hermon", "", "feature", -411}}},
		{"Strikes targeted Natanz and Fordow near Qom.", []string{"IR"},
			[]want{{"Natanz", "IR", "feature", 0}, {"Fordow", "IR", "feature", -412}, {"Qom", "IR", "city", 0}}},
		{"Protesters gathered in the Zeitoun district of Cairo.", []string{"EG"},
			[]want{{"Cairo", "EG", "city", 0}}},
	})
}

// Alaska's islands and strait and North Carolina's barrier islands (curated.tsv).
func TestCuratedAlaskaAndOuterBanks(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Aircraft patrolled near the Aleutians and the Bering Strait; sailors from Norfolk helped in the Outer Banks.", []string{"US"},
			[]want{{"Aleutians", "US", "feature", -413}, {"Bering Strait", "", "feature", -414}, {"Norfolk", "US", "city", 0}, {"Outer Banks", "US", "feature", -415}}},
	})
}

// Marine camps of Okinawa, an Army depot and a Canadian base (curated.tsv).
func TestCuratedCampsAndDepots(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Marines on Okinawa at Camp Schwab and Camp Hansen.", []string{"JP"},
			[]want{{"Okinawa", "JP", "region1", 0}, {"Camp Schwab", "JP", "feature", -419}, {"Camp Hansen", "JP", "feature", -420}}},
		{"The Anniston Army Depot in Alabama will hire.", []string{"US"},
			[]want{{"Anniston Army Depot", "US", "feature", -421}, {"Alabama", "US", "region1", 0}}},
		{"Canadian soldiers from Petawawa, Edmonton and Valcartier deployed to Latvia.", []string{"CA"},
			[]want{{"Petawawa", "CA", "city", 0}, {"Edmonton", "CA", "city", 0}, {"Valcartier", "CA", "feature", -422}, {"Latvia", "LV", "country", 0}}},
	})
}

// The Golan alone, the Levant and the Ruhr (curated.tsv); the Levant in the Islamic State's
// name and the Golan as a surname are no places.
func TestCuratedGolanLevantRuhr(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Fighting in the Golan and across the Levant spread; factories in the Ruhr closed.", []string{"IL", "SY"},
			[]want{{"Golan", "SY", "feature", -43}, {"Levant", "", "feature", -423}, {"Ruhr", "DE", "feature", -424}}},
		{"The Islamic State of Iraq and the Levant lost ground; ISIL fighters fled to Raqqa.", []string{"SY", "IQ"},
			[]want{{"Raqqa", "SY", "city", 0}}},
		{"Yair Golan, the opposition leader, criticized the plan; Golan said the army was ready.", []string{"IL"}, nil},
	})
}
