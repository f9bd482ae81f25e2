package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"gopkg.in/yaml.v3"
)

const workflowPath = "../.github/workflows/pages.yml"

// TestPagesWorkflowLints runs actionlint over the Pages workflow, so a broken workflow fails
// here rather than on GitHub.
func TestPagesWorkflowLints(t *testing.T) {
	src, err := os.ReadFile(workflowPath)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	l, err := actionlint.NewLinter(&out, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := l.Lint(workflowPath, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("actionlint: %s", e.Error())
	}
}

// TestPagesWorkflowSteps checks the workflow follows the custom-workflow route: tests, then
// configure-pages whose base_url reaches the build, the artifact from public/, deploy-pages,
// with the permissions and concurrency group Pages needs.
func TestPagesWorkflowSteps(t *testing.T) {
	src, err := os.ReadFile(workflowPath)
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Permissions map[string]string `yaml:"permissions"`
		Concurrency struct {
			Group string `yaml:"group"`
		} `yaml:"concurrency"`
		Jobs map[string]struct {
			Needs any `yaml:"needs"`
			Steps []struct {
				ID   string            `yaml:"id"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				With map[string]any    `yaml:"with"`
				Env  map[string]string `yaml:"env"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(src, &wf); err != nil {
		t.Fatal(err)
	}
	if wf.Permissions["pages"] != "write" || wf.Permissions["id-token"] != "write" {
		t.Errorf("permissions %v: need pages: write and id-token: write", wf.Permissions)
	}
	if wf.Concurrency.Group == "" {
		t.Error("no concurrency group")
	}
	var order []string
	for _, job := range []string{"build", "deploy"} {
		for _, s := range wf.Jobs[job].Steps {
			switch {
			case strings.HasPrefix(s.Uses, "actions/checkout@"):
				order = append(order, "checkout")
			case strings.HasPrefix(s.Uses, "actions/setup-go@"):
				if s.With["cache"] != true {
					t.Error("setup-go without the module cache")
				}
				order = append(order, "setup-go")
			case strings.HasPrefix(s.Uses, "actions/configure-pages@"):
				order = append(order, "configure-pages:"+s.ID)
			case strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@"):
				if s.With["path"] != "public" {
					t.Errorf("artifact path %v, want public", s.With["path"])
				}
				order = append(order, "upload")
			case strings.HasPrefix(s.Uses, "actions/deploy-pages@"):
				order = append(order, "deploy")
			case strings.Contains(s.Run, "go test"):
				order = append(order, "test")
			case strings.Contains(s.Run, "./generator build"):
				if !strings.Contains(s.Run, "--base-url") || !strings.Contains(s.Env["BASE_URL"], "steps.pages.outputs.base_url") {
					t.Errorf("build step does not pass configure-pages' base_url: %q %v", s.Run, s.Env)
				}
				order = append(order, "build")
			}
		}
	}
	want := "checkout setup-go test configure-pages:pages build upload deploy"
	if got := strings.Join(order, " "); got != want {
		t.Errorf("steps %q, want %q", got, want)
	}
	if wf.Jobs["deploy"].Needs != "build" {
		t.Errorf("deploy needs %v, want build", wf.Jobs["deploy"].Needs)
	}
}
