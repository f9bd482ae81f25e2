package figure

import "testing"

// checkRestated asserts that the figure at index k restates the one before it and whether its
// conversion checks.
func checkRestated(t *testing.T, in string, k int, ok bool) {
	t.Helper()
	got := Find(in)
	if k >= len(got) || got[k].Check == nil || got[k].Restates != k-1 {
		t.Errorf("Find(%q): figure %d restates nothing: %+v", in, k, got)
		return
	}
	if got[k].Check.OK != ok {
		t.Errorf("Find(%q): check OK = %v, want %v (%s)", in, got[k].Check.OK, ok, got[k].Check.Message)
	}
}

func checkNotRestated(t *testing.T, in string, k int) {
	t.Helper()
	got := Find(in)
	if k < len(got) && (got[k].Check != nil || got[k].Restates >= 0) {
		t.Errorf("Find(%q): figure %d restates %d: %s", in, k, got[k].Restates, got[k].Check.Message)
	}
}

func TestCheckRoundStepAndRestateLoose(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		// a round whole number is taken as rounded by no more than 5% either side
		{"The depot stores 1 million gallons (4.5 million liters) of fuel.", false},
		{"The bladder holds 50,000 liters (about 20,000 gallons).", false},
		// a close conversion of a round number still checks
		{"The depot stores 1 million gallons (3.8 million liters) of fuel.", true},
		{"The bomb weighs 2,000 lb (900 kg).", true},
		{"The bladder holds 50,000 liters (13,200 gallons).", true},
		{"The patrol boxes span 5,000 square kilometers (about 2,000 square miles).", true},
		// a comma before a qualifier of approximation, with a different unit, restates
		{"The submarine dove to 800 feet, about 244 meters.", true},
		{"The fence runs 30 miles, roughly 80 kilometers, along the border.", false},
		{"The flood covered 12,000 acres, about 4,860 hectares.", true},
		// and so does a bracket or a dash after a word of dimension
		{"The runway is 10,000 feet long (3,048 meters).", true},
		{"The runway is 10,000 feet long (5,000 meters).", false},
		{"The pier is 400 meters long [1,312 feet].", true},
		{"The bridge is 120 feet high - 37 meters.", true},
	} {
		checkRestated(t, c.in, 1, c.ok)
	}
	// not a list in one unit, a comma with no qualifier, or another word before a bracket
	for _, in := range []string{"They drove 10 km, about 12 km and then 14 km.", "They walked 8 miles, 5 km of them uphill.",
		"The road is 10 miles paved (6 km gravel)."} {
		checkNotRestated(t, in, 1)
	}
}

func TestFindInchesInBrackets(t *testing.T) {
	// "in" closing a bracket opened after a length is inches
	checkFind(t, "A 155 mm (6.1 in) shell and a 25 cm [10 in] gap.", []want{
		{"155 mm", "155 mm", Length}, {"6.1 in", "6.1 in", Length}, {"25 cm", "25 cm", Length}, {"10 in", "10 in", Length}})
	checkRestated(t, "A 155 mm (6.1 in) shell hit the depot.", 1, true)
	// not after no length, nor unclosed
	checkFind(t, "They sent 40 trucks (6 in total) and 3 km (2 in the north).", []want{
		{"40 trucks", "40 count:truck", Count}, {"6", "6 number", Number}, {"3 km", "3 km", Length}, {"2", "2 number", Number}})
}

func TestFindDateRangeStart(t *testing.T) {
	// a range of two day numbers before a month's name is days of a month
	checkFind(t, "The exercise runs from 3 to 14 March, drills ran 3-14 June, and aid came between 20 and 25 Dec. with 40 trucks.", []want{
		{"40 trucks", "40 count:truck", Count}})
	// not a range with a unit, nor one beyond a month's days
	checkFind(t, "Fighting moved 10 to 15 km in March; 20 to 45 March.", []want{
		{"10 to 15 km", "10-15 km", Length}, {"20 to 45", "20-45 number", Number}})
}

func TestFindPerNamedTime(t *testing.T) {
	// "per", a word naming the time counted and a unit of time
	checkFind(t, "The jet costs $42,000 per flight hour and burns 1,200 gallons per flight hour at sea.", []want{
		{"$42,000 per flight hour", "42000 USD/hour", Money}, {"1,200 gallons per flight hour", "1200 gal/hour", Volume}})
	// not another word after it, nor a stop word
	checkFind(t, "It costs $42,000 per flight crew and $5 per the hour.", []want{
		{"$42,000", "42000 USD", Money}, {"$5", "5 USD", Money}})
}

func TestQualifierJustShyOf(t *testing.T) {
	checkFind(t, "Just shy of 3,000 troops took part.", []want{{"Just shy of 3,000 troops", "nearly 3000 count:troop", Count}})
}
