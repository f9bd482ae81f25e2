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
