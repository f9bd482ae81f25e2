package figure

import "testing"

// TestRound13OneSeparatorKind: a number groups its thousands with commas or with spaces, not
// both: in "1,700 500-pound bombs" the space ends 1,700.
func TestRound13OneSeparatorKind(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"Israel requested 1,800 2,000-pound bombs and 1,700 500-pound bombs.", []want{
			{"1,800 2,000-pound bombs", "1800 count:2,000-pound bomb", Count}, {"1,700 500-pound bombs", "1700 count:500-pound bomb", Count}}},
		// either kind alone still groups
		{"The fund holds 1,250,000 dollars.", []want{{"1,250,000 dollars", "1250000 USD", Money}}},
		{"The fund holds 1 250 000 dollars.", []want{{"1 250 000 dollars", "1250000 USD", Money}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
