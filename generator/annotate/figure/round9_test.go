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

func TestFindElidedNoun(t *testing.T) {
	// a bare number after "and" and before a preposition or a clause's end counts what the
	// count before it counts
	checkFind(t, "About 2,500 U.S. troops remain in Iraq and some 900 in Syria; 12 strikes on Monday and 3.", []want{
		{"About 2,500 U.S. troops", "about 2500 count:U.S. troop", Count}, {"some 900", "some 900 count:U.S. troop", Count},
		{"12 strikes", "12 count:strike", Count}, {"3", "3 count:strike", Count}})
	// a breakdown after a dash, and "more" as a pronoun anywhere in the sentence
	checkFind(t, "Twenty-one U.S. personnel were hurt — 20 at al-Tanf. About 900 troops deployed, and the Secretary placed 2,000 more on alert.", []want{
		{"Twenty-one U.S. personnel", "21 count:U.S. personnel", Count}, {"20", "20 count:U.S. personnel", Count},
		{"About 900 troops", "about 900 count:troop", Count}, {"2,000", "2000 count:troop", Count}})
	// not "more" before a noun; in the next sentence, after a short one, the count before it
	checkFind(t, "It fired 12 rockets and 2 more rounds. They sent 5 ships. 3 more arrived.", []want{
		{"12 rockets", "12 count:rocket", Count}, {"2 more rounds", "2 count:round", Count}, {"5 ships", "5 count:ship", Count},
		{"3", "3 count:ship", Count}})
	// not across a sentence, nor before another word, nor after a measure (but "of them" counts
	// a part of the count before it: sharePartitive)
	checkFind(t, "It lost 12 vehicles. And 3 in March. It had 200 soldiers and 3 of them; 9 km and 4 in all.", []want{
		{"12 vehicles", "12 count:vehicle", Count}, {"3", "3 number", Number}, {"200 soldiers", "200 count:soldier", Count},
		{"3", "3 count:soldier", Count}, {"9 km", "9 km", Length}, {"4", "4 number", Number}})
}

func TestFindChangeAfterObject(t *testing.T) {
	// a verb of change a few words before "from" makes "from X to Y" a start and an end
	checkFind(t, "They raise 155mm shell production from 14,000 to 100,000 shells; the Army cut the force from 480,000 to 450,000 soldiers.", []want{
		{"14,000", "14000 count:shell", Count}, {"100,000 shells", "100000 count:shell", Count},
		{"480,000", "480000 count:soldier", Count}, {"450,000 soldiers", "450000 count:soldier", Count}})
	// a rate's end lends its rate to the start
	checkFind(t, "Production rose from 14,000 to 100,000 a month.", []want{
		{"14,000", "14000 number/month", Number}, {"100,000 a month", "100000 number/month", Number}})
	// no verb of change, or one in another clause: a range
	checkFind(t, "Crews of the force, numbering from 40 to 60 sailors, cut; estimates, from 10 to 15 ships.", []want{
		{"40 to 60 sailors", "40-60 count:sailor", Count}, {"10 to 15 ships", "10-15 count:ship", Count}})
}
