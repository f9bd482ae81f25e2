package place

import "testing"

// A town with a twentieth or less of the people of a big city of the same name in its own
// country is not made the one meant by other places of its state alone: a place near it is
// needed (homeNamesake). "Portland" beside Dallas, Houston and Texas is the city in Oregon;
// beside Corpus Christi, 20 km away, it is Portland, Texas.
func TestHomeNamesake(t *testing.T) {
	m := testMatcher(t)
	const portlandOR, portlandTX = 5746545, 4720131
	checkCases(t, m, []resolveCase{
		{"Guardsmen from Dallas, Houston and San Antonio flew to Portland to fight the wildfires, the Texas adjutant general said.", nil,
			[]want{{"Dallas", "US", "city", 0}, {"Houston", "US", "city", 0}, {"San Antonio", "US", "city", 0}, {"Portland", "US", "city", portlandOR}, {"Texas", "US", "region1", 0}}},
		{"Storm surge flooded Portland and Corpus Christi, Texas, on Sunday.", nil,
			[]want{{"Portland", "US", "city", portlandTX}, {"Corpus Christi", "US", "city", 0}, {"Texas", "US", "region1", 0}}},
		{"The governor of New Mexico met officials in Santa Fe and Las Vegas about the wildfire.", nil, // Las Vegas, N.M., near Santa Fe
			[]want{{"New Mexico", "US", "region1", 0}, {"Santa Fe", "US", "city", 0}, {"Las Vegas", "US", "city", 5475433}}},
		{"Marines from Camp Lejeune near Jacksonville trained with soldiers from Fort Liberty, North Carolina.", nil,
			[]want{{"Camp Lejeune", "US", "feature", 0}, {"Jacksonville", "US", "city", 4473083}, {"Fort Liberty", "US", "city", 0}, {"North Carolina", "US", "region1", 0}}},
		{"The Guard flew from Columbus, Mississippi, to Jackson.", nil, // qualified by its state
			[]want{{"Columbus", "US", "city", 4422442}, {"Mississippi", "US", "region1", 0}, {"Jackson", "US", "city", 0}}},
	})
}
