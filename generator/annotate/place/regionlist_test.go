package place

import "testing"

// "X, Y" with Y a first-level region is X in Y, though X is also a first-level region of another
// country ("Kingston, Ontario" is no parish of Jamaica); a first-level region of Y's own country
// makes a list ("Ontario, Quebec").
func TestRegionListOtherCountry(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"A veteran from Kingston, Ontario, and another from York, England, spoke.",
			[]want{{"Kingston", "CA", "city", 0}, {"Ontario", "CA", "region1", 0}, {"York", "GB", "city", 0}, {"England", "GB", "region1", 0}}},
		{"Sailors from Kingston, Ontario, met sailors from Kingston upon Hull.",
			[]want{{"Kingston", "CA", "city", 0}, {"Ontario", "CA", "region1", 0}, {"Kingston upon Hull", "GB", "city", 0}}},
		// negatives: Kingston in Jamaica, and a list of provinces
		{"The ship left Kingston, Jamaica, on Monday.",
			[]want{{"Kingston", "JM", "city", 0}, {"Jamaica", "JM", "country", 0}}},
		{"Floods hit Manitoba, Ontario and Quebec.",
			[]want{{"Manitoba", "CA", "region1", 0}, {"Ontario", "CA", "region1", 0}, {"Quebec", "CA", "region1", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
