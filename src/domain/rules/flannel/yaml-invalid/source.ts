export const source = 'k8s.io/apimachinery pkg/util/yaml/decoder.go YAMLOrJSONDecoder (kubectl apply); sigs.k8s.io/kustomize/kyaml (kustomize); helm pkg/chartutil/values.go ReadValues';
