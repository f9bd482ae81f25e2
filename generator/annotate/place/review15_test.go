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
		// negatives: the province by its suffix after the ship, and with no ship named before
		{"The carrier Liaoning left Qingdao; Liaoning province held drills.", []string{"CN"},
			[]want{{"Qingdao", "CN", "city", 0}, {"Liaoning province", "CN", "region1", 0}}},
		{"Exercises were held in the Liaoning and Shandong provinces.", []string{"CN"},
			[]want{{"Liaoning", "CN", "region1", 0}, {"Shandong provinces", "CN", "region1", 0}}},
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
		{"Joint Region Marianas sent crews to Saipan; sailors trained at Kings Bay and in the Northern Marianas.", []string{"US"},
			[]want{{"Marianas", "", "feature", -478}, {"Saipan", "MP", "city", 0}, {"Kings Bay", "US", "city", 7260333}, {"Northern Marianas", "MP", "country", 0}}},
	})
	for _, x := range m.Resolve([]string{"About 5,000 Marines will relocate from Okinawa."}, []string{"JP"}) {
		if x.Text == "Okinawa" && (x.Place.Lat < 26 || x.Place.Lat > 27 || x.Place.Lon < 127.5 || x.Place.Lon > 128.5) {
			t.Errorf("Okinawa at %.3f,%.3f, want a point on Okinawa Island", x.Place.Lat, x.Place.Lon)
		}
	}
}
