// Command psa-check evaluates pod specs against a Pod Security Standards level with the upstream
// evaluator (k8s.io/pod-security-admission), the code the API server's admission plugin runs.
//
// Input (stdin): a JSON array of {"name": ID, "metadata": ObjectMeta, "spec": PodSpec}.
// Output (stdout): one line per pod, in input order: ID, TAB, "allowed" or "denied", TAB, the
// reasons ("reason: detail", joined by " | "; empty when allowed).
// Argument: the level (restricted, baseline; default restricted); the version is always "latest".
// Unknown JSON fields are an error, so a pod is never evaluated with parts silently dropped.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/pod-security-admission/api"
	"k8s.io/pod-security-admission/policy"
)

type pod struct {
	Name     string            `json:"name"`
	Metadata metav1.ObjectMeta `json:"metadata"`
	Spec     corev1.PodSpec    `json:"spec"`
}

func main() {
	level := api.LevelRestricted
	if len(os.Args) > 1 {
		l, err := api.ParseLevel(os.Args[1])
		if err != nil {
			fail("%v", err)
		}
		level = l
	}
	evaluator, err := policy.NewEvaluator(policy.DefaultChecks(), nil)
	if err != nil {
		fail("%v", err)
	}
	decoder := json.NewDecoder(bufio.NewReader(os.Stdin))
	decoder.DisallowUnknownFields()
	var pods []pod
	if err := decoder.Decode(&pods); err != nil {
		fail("reading pods: %v", err)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	lv := api.LevelVersion{Level: level, Version: api.LatestVersion()}
	for i := range pods {
		p := &pods[i]
		result := policy.AggregateCheckResults(evaluator.EvaluatePod(lv, &p.Metadata, &p.Spec))
		if result.Allowed {
			fmt.Fprintf(out, "%s\tallowed\t\n", p.Name)
			continue
		}
		reasons := make([]string, len(result.ForbiddenReasons))
		for j, r := range result.ForbiddenReasons {
			reasons[j] = r
			if d := result.ForbiddenDetails[j]; d != "" {
				reasons[j] += ": " + d
			}
		}
		fmt.Fprintf(out, "%s\tdenied\t%s\n", p.Name, oneLine(strings.Join(reasons, " | ")))
	}
}

func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "psa-check: "+format+"\n", args...)
	os.Exit(2)
}
