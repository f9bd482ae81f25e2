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
		// and so does one after what is measured, in one or two words after "of"
		{"The tanker offloaded 50,000 gallons of fuel (189,000 liters).", true},
		{"They stored 40,000 gallons of jet fuel (100,000 liters) at the base.", false},
		{"Aircraft dropped 60,000 pounds of food — some 27 metric tons.", true},
		// a determiner before what is measured
		{"It moved 300 tons of the cargo (272 tonnes).", true},
	} {
		checkRestated(t, c.in, 1, c.ok)
	}
	// not a list in one unit, a comma with no qualifier, or another word before a bracket
	for _, in := range []string{"They drove 10 km, about 12 km and then 14 km.", "They walked 8 miles, 5 km of them uphill.",
		"The road is 10 miles paved (6 km gravel).", "They laid 3 miles of road (2 km paved).",
		"It carried 5 tons of aid or 4 tonnes of food.",
		"They walked 5 miles, about 3 km of it uphill."} {
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
		// (no inches; the 6 is a breakdown of the trucks in brackets)
		{"40 trucks", "40 count:truck", Count}, {"6", "6 count:truck", Count}, {"3 km", "3 km", Length}, {"2", "2 number", Number}})
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

func TestFindWordsToDigits(t *testing.T) {
	// a lower end in words from two to nine and an upper end in digits from ten
	checkFind(t, "The rotation lasts nine to 12 months; patrols moved five to 10 km; between six and 14 ships sailed.", []want{
		{"nine to 12 months", "9-12 month", Duration}, {"five to 10 km", "5-10 km", Length},
		{"between six and 14 ships", "6-14 count:ship", Count}})
	// not "one", nor an upper end below ten or with a decimal point
	checkFind(t, "It takes one to 12 hours, two to 3 days or four to 10.5 km.", []want{
		{"12 hours", "12 hour", Duration}, {"two", "2 number", Number}, {"3 days", "3 day", Duration},
		{"four", "4 number", Number}, {"10.5 km", "10.5 km", Length}})
}

func TestDegreesScaledAndStatedStep(t *testing.T) {
	// degrees of no scale restated in one scale are in the other
	checkFind(t, "Temperatures rose above 120 degrees (49 degrees Celsius).", []want{
		{"above 120 degrees", "over 120 degF", Temperature}, {"49 degrees Celsius", "49 degC", Temperature}})
	checkRestated(t, "Temperatures rose above 120 degrees (49 degrees Celsius).", 1, true)
	checkRestated(t, "It fell to 40 below zero (-40 Celsius).", 1, true)
	checkRestated(t, "Highs reached 100 degrees (50 degrees Celsius).", 1, false)
	// not degrees before a figure in another unit, nor after a comma
	checkFind(t, "The turret turned 90 degrees (10 seconds) and 30 degrees, 40 degrees Celsius.", []want{
		{"90 degrees", "90 deg", Other}, {"10 seconds", "10 second", Duration}, {"30 degrees", "30 deg", Other}, {"40 degrees Celsius", "40 degC", Temperature}})
	// a restatement of three digits or more ending in a zero is rounded, by no more than 5%
	checkRestated(t, "The sub can dive below 800 ft (240 m).", 1, true)
	checkRestated(t, "The range is 300 kilometers (250 miles).", 1, false)
	checkRestated(t, "The area is 100 square kilometers [about 60 square miles].", 1, false)
}
