//go:build !(linux || darwin || freebsd)

package build

import "os"

// mapFile reads name into memory; unmap does nothing.
func mapFile(name string) ([]byte, func(), error) {
	data, err := os.ReadFile(name)
	return data, func() {}, err
}

// dropResident does nothing: mapFile read the file into memory.
func dropResident([]byte) {}
