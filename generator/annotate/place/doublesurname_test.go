package place

import "testing"

// The second half of a double-barrelled surname after a given name is the person's, though the
// first half names a place too; a hyphenated pair of places after a lower-case word, an article
// or a modifier stays two places.
func TestDoubleSurname(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"The death of Aniya Day-Garrett shocked Cuyahoga County.", nil, []want{{"Cuyahoga County", "US", "region2", 0}}},
		{"Sgt. Jane Ellis-Bexar of San Antonio met Capt. Rob Houston-Smith in Kabul.", nil,
			[]want{{"San Antonio", "US", "city", 0}, {"Kabul", "AF", "city", 0}}},
		{"Fighting along the Iraq-Syria border and the South Sudan-Uganda border continued.", nil,
			[]want{{"Iraq", "IQ", "country", 0}, {"Syria", "SY", "country", 0}, {"South Sudan", "SS", "country", 0}, {"Uganda", "UG", "country", 0}}},
		{"Officials from Dallas-Fort Worth and Minneapolis-St. Paul met.", nil,
			[]want{{"Dallas", "US", "city", 0}, {"Fort Worth", "US", "city", 0}, {"Minneapolis", "US", "city", 0}, {"St. Paul", "US", "city", 0}}},
	})
}
