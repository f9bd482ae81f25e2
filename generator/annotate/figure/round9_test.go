package figure

import "testing"

func TestFindServiceName(t *testing.T) {
	// an armed service's name of two or more words is one modifier before a model and its noun
	checkFind(t, "Three U.S. Air Force C-130 Hercules aircraft and six Marine Corps MV-22 Ospreys landed; 12 Coast Guard cutters sailed.", []want{
		{"Three U.S. Air Force C-130 Hercules aircraft", "3 count:U.S. Air Force C-130 Hercules aircraft", Count},
		{"six Marine Corps MV-22 Ospreys", "6 count:Marine Corps MV-22 Osprey", Count},
		{"12 Coast Guard cutters", "12 count:Coast Guard cutter", Count}})
	// a model's name after its designation before "aircraft" stays in the unit
	checkFind(t, "Two C-130 Hercules aircraft and two MQ-9 Reapers flew.", []want{
		{"Two C-130 Hercules aircraft", "2 count:C-130 Hercules aircraft", Count},
		{"two MQ-9 Reapers", "2 count:MQ-9 Reaper", Count}})
	// a service's name elsewhere is no part of a count; a service's name is a whole word
	checkFind(t, "The Royal Navy said 4 ships sailed and 2 Air Forcemen waved.", []want{
		{"4 ships", "4 count:ship", Count}, {"2", "2 number", Number}})
}

func TestFindSpreadOver(t *testing.T) {
	// "over" after a participle of work spread over a time names the time it takes
	checkFind(t, "Missiles will be delivered over 36 months and the loan repaid over 10 years.", []want{
		{"36 months", "36 month", Duration}, {"10 years", "10 year", Duration}})
	// after other words it is more than
	checkFind(t, "The siege lasted over two years; crews waited over 3 hours.", []want{
		{"over two years", "over 2 year", Duration}, {"over 3 hours", "over 3 hour", Duration}})
}
