package site_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/site"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Build publishes two versions of Seculio's whitepaper: the second adds
// the subprocessor Auth0. With the history in git, site.ReadGit reads the
// versions instead.
func ExampleBuild() {
	old, _ := examples.Load("seculio")
	old.Subprocessors.Services = slices.DeleteFunc(old.Subprocessors.Services, func(s whitepaper.Subprocessor) bool { return s.Name == "Auth0" })
	old.Version, old.Date, old.Revisions = "2.26", whitepaper.DayOf(2024, 7, 16), old.Revisions[:len(old.Revisions)-1]
	cur, _ := examples.Load("seculio")

	dir, _ := os.MkdirTemp("", "trust-")
	defer os.RemoveAll(dir)
	res, err := site.Build(context.Background(), filepath.Join(dir, "site"), []site.Version{{Doc: old}, {Doc: cur}}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Files)
	// Output:
	// [changelog.html changes.json index.html subprocessors.atom subprocessors.html subprocessors.json version-2.26.html version-2.26.yaml versions.atom whitepaper.json whitepaper.yaml]
}
