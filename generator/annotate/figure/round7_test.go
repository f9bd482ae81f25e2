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
	// a change from one to the other stays two figures; a temperature's range may cross zero
	checkFind(t, "It dropped from minus 5 to minus 12 degrees; between 5 and minus 10 degrees.", []want{
		{"minus 5", "-5 deg", Temperature}, {"minus 12 degrees", "-12 deg", Temperature}, {"between 5 and minus 10 degrees", "-10-5 deg", Temperature}})
}

func TestFindCoordinates(t *testing.T) {
	// a latitude or a longitude is a position, not a figure
	checkFind(t, "It landed at 52.3676° N, 4.9041° E, then at 52°22′N 4°54′E and 33.5°S, 151.2°W.", nil)
	// a latitude alone is no position
	checkFind(t, "The boundary is 40°N.", []want{{"40", "40 number", Number}})
	// an angle, a temperature and a heading stay figures
	checkFind(t, "It turned 90° east on a heading of 270 degrees at 15 °C.", []want{
		{"90°", "90 deg", Other}, {"270 degrees", "270 deg", Other}, {"15 °C", "15 degC", Temperature}})
}

func TestFindChangeFromUnit(t *testing.T) {
	// the start of a change takes the unit of its end
	checkFind(t, "Output will rise from 500 to 650 missiles a year and readiness fell from 30 to 12 percent.", []want{
		{"500", "500 count:missile/year", Count}, {"650 missiles a year", "650 count:missile/year", Count}, {"30", "30 percent", Percent}, {"12 percent", "12 percent", Percent}})
	// not without a verb of change, nor with a unit of its own
	checkFind(t, "Tickets from 500 to 650 missiles; it rose from 3 km to 5 miles.", []want{
		{"500 to 650 missiles", "500-650 count:missile", Count}, {"3 km", "3 km", Length}, {"5 miles", "5 mi", Length}})
}

func TestFindDataAndWartimePlurals(t *testing.T) {
	// petabytes and exabytes are units of data, and flow as rates do
	checkFind(t, "It stored 2.4 petabytes and 1.1 exabytes of data a year.", []want{
		{"2.4 petabytes", "2.4 PB", Other}, {"1.1 exabytes of data a year", "1.1 EB/year", Other}})
	// the aircraft and tanks of commemorations are counted by name
	checkFind(t, "Four Spitfires, two Lancasters and 12 Shermans paraded.", []want{
		{"Four Spitfires", "4 count:Spitfire", Count}, {"two Lancasters", "2 count:Lancaster", Count}, {"12 Shermans", "12 count:Sherman", Count}})
}
