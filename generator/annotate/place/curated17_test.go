package place

import "testing"

// A disputed region and a disputed island that the GeoNames extract lacks (curated.tsv).
func TestCuratedDisputedPlaces(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Azerbaijani forces advanced on Stepanakert in Nagorno-Karabakh, and refugees crossed to Goris in Armenia.", []string{"AM", "AZ"},
			[]want{{"Stepanakert", "AZ", "city", 0}, {"Nagorno-Karabakh", "AZ", "feature", -425},
				{"Goris", "AM", "city", 0}, {"Armenia", "AM", "country", 0}}},
		{"The war over Karabakh displaced more than 100,000 people.", nil,
			[]want{{"Karabakh", "AZ", "feature", -425}}},
		{"Philippine ships resupplied the garrison on Thitu Island, which Manila calls Pag-asa Island.", []string{"PH"},
			[]want{{"Thitu Island", "", "feature", -426}, {"Manila", "PH", "city", 0}, {"Pag-asa Island", "", "feature", -426}}},
	})
}
