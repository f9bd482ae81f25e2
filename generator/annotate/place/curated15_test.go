package place

import "testing"

// Coalition bases of the wars in Afghanistan and Iraq, and one in Qatar, that the GeoNames
// extract lacks (curated.tsv).
func TestCuratedAfghanAndIraqiBases(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Aircraft flew from Bagram Airfield and Kandahar Airfield; Marines at Camp Leatherneck and Camp Bastion in Helmand supported troops at Camp Dwyer.", []string{"AF"},
			[]want{{"Bagram Airfield", "AF", "feature", -364}, {"Kandahar Airfield", "AF", "feature", -365}, {"Camp Leatherneck", "AF", "feature", -367},
				{"Camp Bastion", "AF", "feature", -366}, {"Helmand", "AF", "region1", 0}, {"Camp Dwyer", "AF", "feature", -368}}},
		{"Soldiers at Camp Marmal, Camp Chapman in Khost, Forward Operating Base Salerno, Jalalabad Airfield and Shindand Air Base were on alert.", []string{"AF"},
			[]want{{"Camp Marmal", "AF", "feature", -369}, {"Camp Chapman", "AF", "feature", -370}, {"Khost", "AF", "city", 0},
				{"Forward Operating Base Salerno", "AF", "feature", -371}, {"Jalalabad Airfield", "AF", "feature", -372}, {"Shindand Air Base", "AF", "feature", -373}}},
		{"Bagram Air Base was handed over in July 2021, and FOB Salerno closed.", []string{"AF"},
			[]want{{"Bagram Air Base", "AF", "feature", -364}, {"FOB Salerno", "AF", "feature", -371}}},
		{"Troops at Joint Base Balad, Camp Speicher, Camp Bucca, K1 Air Base and Camp Swift rotated home.", []string{"IQ"},
			[]want{{"Joint Base Balad", "IQ", "feature", -374}, {"Camp Speicher", "IQ", "feature", -375}, {"Camp Bucca", "IQ", "feature", -376},
				{"K1 Air Base", "IQ", "feature", -377}, {"Camp Swift", "IQ", "feature", -378}}},
		{"Soldiers at Camp As Sayliyah in Qatar trained.", nil,
			[]want{{"Camp As Sayliyah", "QA", "feature", -379}, {"Qatar", "QA", "country", 0}}},
		// negatives: the Italian city and the district, named without the bases' words
		{"The allies landed at Salerno in September 1943.", []string{"IT"},
			[]want{{"Salerno", "IT", "city", 0}}},
		{"Bagram district elders met the governor of Parwan.", []string{"AF"},
			[]want{{"Bagram district", "AF", "region2", 0}, {"Parwan", "AF", "region1", 0}}},
	})
}
