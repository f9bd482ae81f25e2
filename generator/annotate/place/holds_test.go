package place

import "testing"

// Y of "X, Y" or "X, in Y" is a region around X, not X under another of its names.
func TestRegionHoldsPlace(t *testing.T) {
	m := testMatcher(t)
	cases := []struct {
		text  string
		wants []want
	}{
		{"A C-130 flew to Zamboanga and Jolo, in Sulu.",
			[]want{{"Zamboanga", "PH", "city", 0}, {"Jolo", "PH", "city", 1710141}, {"Sulu", "PH", "region2", 1685370}}},
		{"Troops flew to Jolo, Sulu.",
			[]want{{"Jolo", "PH", "city", 1710141}, {"Sulu", "PH", "region2", 1685370}}},
		// negative: with no place named before it, the name keeps its likeliest reading
		{"Marines landed in Sulu and Zamboanga.",
			[]want{{"Sulu", "PH", "city", 1710141}, {"Zamboanga", "PH", "city", 0}}},
	}
	for _, c := range cases {
		check(t, m.Resolve([]string{c.text}, nil), c.wants)
	}
}
