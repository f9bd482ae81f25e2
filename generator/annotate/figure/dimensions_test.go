package figure

import "testing"

// TestDimensions: the sides of dimensions joined by "-by-" are no figures alone, nor is the
// first side of "N by M" before a unit of length; "by" before a year or a share is no pair.
func TestDimensions(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The hostages were held for 11 days in a 10-by-12-foot room.", []want{{"11 days", "11 day", Duration}}},
		{"Soldiers drove 4-by-4 vehicles and 6-by-6 trucks.", nil},
		{"The 3-by-5 card listed 4 names.", []want{{"4 names", "4 count:name", Count}}},
		{"The 1.5-by-2-meter hole was filled.", nil},
		{"The cell measured 10 by 12 feet.", []want{{"12 feet", "12 ft", Length}}},
		// negatives: "by" before a year, a share, or a number with no unit of length
		{"Troop numbers will grow to 5,000 by 2030.", []want{{"5,000", "5000 number", Number}}},
		{"Prices rose by 12 percent.", []want{{"12 percent", "12 percent", Percent}}},
		{"A 20-foot container and a 12-foot boat.", []want{{"20-foot", "20 ft", Length}, {"12-foot", "12 ft", Length}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
