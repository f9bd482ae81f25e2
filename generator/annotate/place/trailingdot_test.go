package place

import "testing"

// A name with a dot only in an earlier word ("St. Vincent") does not take the full stop after
// it; a dotted initialism ("U.S.", "D.C.") takes its last dot.
func TestTrailingDot(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"Boats sailed toward St. Lucia. Then they left.", []want{{"St. Lucia", "LC", "country", 0}}},
		{"Boats sailed toward St. Vincent. Then they left.", []want{{"St. Vincent", "VC", "feature", -219}}},
		// negatives: initialisms keep their dot
		{"The ship returned to the U.S. Then it sailed again.", []want{{"U.S.", "US", "country", 0}}},
		{"Officials met in Washington, D.C. on Monday.", []want{{"Washington", "US", "city", 0}, {"D.C.", "US", "region1", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
