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

// TestRound12PartitiveOf: a bare number before "of them", "of whom", "of which" after a comma
// counts a part of the count before it; a fraction, a larger number and no comma do not.
func TestRound12PartitiveOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []want
	}{
		{"The coalition has conducted 22,014 strikes, about 13,800 of them in Iraq.", []want{
			{"22,014 strikes", "22014 count:strike", Count}, {"about 13,800", "about 13800 count:strike", Count}}},
		{"About 300 fighters remain, 40 of whom surrendered on Monday.", []want{
			{"About 300 fighters", "about 300 count:fighter", Count}, {"40", "40 count:fighter", Count}}},
		// negatives: a fraction, a number larger than the whole, no comma, no pronoun
		{"Troops found 12 caches, a fifth of them empty.", []want{
			{"12 caches", "12 count:cache", Count}, {"a fifth", "0.2 number", Number}}},
		{"Forces destroyed 12 vehicles, 40 of them in 2016.", []want{
			{"12 vehicles", "12 count:vehicle", Count}, {"40", "40 number", Number}}},
		{"Forces destroyed 12 vehicles and 4 of the bunkers.", []want{
			{"12 vehicles", "12 count:vehicle", Count}, {"4", "4 count:bunker", Count}}},
		// a breakdown after a comma (commaBreakdown) counts the same things
		{"Forces destroyed 12 vehicles, 4 in Mosul.", []want{
			{"12 vehicles", "12 count:vehicle", Count}, {"4", "4 count:vehicle", Count}}},
	} {
		checkFind(t, c.in, c.want)
	}
}
