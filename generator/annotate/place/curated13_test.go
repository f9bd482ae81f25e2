package place

import "testing"

// Bases, fields and ports of recent briefings on Syria, Yemen and Japan that the GeoNames
// extract lacks (curated.tsv).
func TestCuratedBasesAndPorts(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Rockets hit the Conoco gas field and Mission Support Site Green Village overnight.", []string{"SY", "IQ"},
			[]want{{"Conoco gas field", "SY", "feature", -332}, {"Mission Support Site Green Village", "SY", "feature", -333}}},
		{"U.S. forces at Mission Support Site Conoco returned fire.", []string{"SY"},
			[]want{{"U.S.", "US", "country", 0}, {"Mission Support Site Conoco", "SY", "feature", -332}}},
		{"Aircraft landed at Yokota on Monday before flying to Kadena.", nil,
			[]want{{"Yokota", "JP", "feature", -331}, {"Kadena", "JP", "city", 0}}},
		{"U.S. strikes hit the Ras Isa port north of Hodeidah.", []string{"YE"},
			[]want{{"U.S.", "US", "country", 0}, {"Ras Isa port", "YE", "feature", -334}, {"Hodeidah", "YE", "city", 0}}},
		// negatives: a person of the name, and the common name of the base's village
		{"Megumi Yokota was abducted in 1977.", nil, nil},
		{"Green Village residents voted on Tuesday in Ohio.", nil,
			[]want{{"Ohio", "US", "region1", 0}}},
	})
}
