// Decomposes every single-result norm op of the payload.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %ops = transform.structured.match ops{["norm.layer_norm", "norm.rms_norm", "norm.deep_norm", "norm.batch_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    transform.foreach %ops : !transform.any_op {
    ^bb0(%op: !transform.any_op):
      %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    }
    transform.yield
  }
}
