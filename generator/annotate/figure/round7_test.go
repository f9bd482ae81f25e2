package figure

import "testing"

func TestFindToRange(t *testing.T) {
	// ascending numbers joined by "-to-" are a range
	checkFind(t, "It keeps 2,000-to-2,500 short-range warheads and cut 10-to-15 percent; 20-to-25 drones flew.", []want{
		{"2,000-to-2,500 short-range warheads", "2000-2500 count:short-range warhead", Count}, {"10-to-15 percent", "10-15 percent", Percent}, {"20-to-25 drones", "20-25 count:drone", Count}})
	// the sides of a ratio are not
	checkFind(t, "By a 3-to-1 ratio, a 2-to-5 margin and 1-to-1 talks, it won 4-to-2.", nil)
}
