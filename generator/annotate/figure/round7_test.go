package figure

import "testing"

func TestFindToRange(t *testing.T) {
	// ascending numbers joined by "-to-" are a range
	checkFind(t, "It keeps 2,000-to-2,500 short-range warheads and cut 10-to-15 percent; 20-to-25 drones flew.", []want{
		{"2,000-to-2,500 short-range warheads", "2000-2500 count:short-range warhead", Count}, {"10-to-15 percent", "10-15 percent", Percent}, {"20-to-25 drones", "20-25 count:drone", Count}})
	// the sides of a ratio are not
	checkFind(t, "By a 3-to-1 ratio, a 2-to-5 margin and 1-to-1 talks, it won 4-to-2.", nil)
}

func TestFindCasualtyModifier(t *testing.T) {
	// a casualty's participle before a noun phrase modifies it
	checkFind(t, "It moved 312 wounded service members and 6 captured enemy rifles.", []want{
		{"312 wounded service members", "312 count:wounded service member", Count}, {"6 captured enemy rifles", "6 count:captured enemy rifle", Count}})
	// alone it is the unit
	checkFind(t, "It left 12 injured in the blast, 4 dead near the border crossings and 9 killed.", []want{
		{"12 injured", "12 count:injured", Count}, {"4 dead", "4 count:dead", Count}, {"9 killed", "9 count:killed", Count}})
}

func TestFindNegativeRange(t *testing.T) {
	// both ends below zero, in words or signs, with the unit after the second only
	checkFind(t, "It fell to between minus 5 and minus 10 degrees Celsius, and -5 to -10 °C.", []want{
		{"between minus 5 and minus 10 degrees Celsius", "-10--5 degC", Temperature}, {"-5 to -10 °C", "-10--5 degC", Temperature}})
	// a change from one to the other stays two figures; a positive end is no negative one
	checkFind(t, "It dropped from minus 5 to minus 12 degrees; between 5 and minus 10 degrees.", []want{
		{"minus 5", "-5 number", Number}, {"minus 12 degrees", "-12 deg", Other}, {"5 and minus 10 degrees", "5,-10 deg", Other}})
}
