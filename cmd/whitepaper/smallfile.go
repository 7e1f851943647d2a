package main

import (
	"io"
	"os"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// maxSmallFile is the largest configuration file read: a lint
// configuration or a diff ignore list is a few kilobytes.
const maxSmallFile = 1 << 20

// readSmallFile reads a configuration file of at most maxSmallFile bytes,
// so that a mistaken or hostile name such as /dev/zero ends in an error
// instead of reading until memory runs out.
func readSmallFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSmallFile+1))
	if err != nil {
		return nil, whitepaper.Errorf("reading %s: %w", name, err)
	}
	if len(data) > maxSmallFile {
		return nil, whitepaper.Errorf("%s is larger than the limit of %d bytes for a configuration file", name, maxSmallFile)
	}
	return data, nil
}
