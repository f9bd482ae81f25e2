package figure

import "testing"

// TestRound14PercentToLevel: a share followed by "to" and a number over 100 without a sign of
// its own states a change and the level it reaches, two figures, not a range of shares.
func TestRound14PercentToLevel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Sorties rose 40% to 1,250 a day.", []want{{"40%", "40 percent", Percent}, {"1,250 a day", "1250 number/day", Number}}},
		// ranges of shares stay ranges
		{"Support fell 10% to 20 percent of voters.", []want{{"10% to 20 percent", "10-20 percent", Percent}}},
		{"Approval ranged from 40% to 60.", []want{{"40% to 60", "40-60 percent", Percent}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
