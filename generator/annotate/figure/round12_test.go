package figure

import "testing"

// TestRound12HalfSide: "half" after a side of a place names one of two halves, not a share;
// a share of a place is still a number.
func TestRound12HalfSide(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"About 190,000 people have returned to the eastern half of the city.", []want{
			{"About 190,000 people", "about 190000 count:person", Count}}},
		{"Fighters remain in the western half of Mosul and the northern half of the old town.", nil},
		{"Patrols cover the lower half of the valley.", nil},
		// negatives: a share stays a number
		{"Forces have cleared more than half of Raqqa.", []want{{"more than half", "more-than 0.5 number", Number}}},
		{"Half of the city is cleared.", []want{{"Half", "0.5 number", Number}}},
		{"They cleared the first half of the year's targets and half of the city.", []want{{"half", "0.5 number", Number}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
