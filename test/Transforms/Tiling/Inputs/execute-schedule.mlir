// The transform script execute.py applies to execute-payload.mlir. Each
// function of the payload is transformed by its own steps.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %ln_stats = transform.structured.match ops{["func.func"]} attributes{sym_name = "ln_stats"} in %root : (!transform.any_op) -> !transform.any_op
    %ln = transform.structured.match ops{["norm.layer_norm"]} in %ln_stats : (!transform.any_op) -> !transform.any_op
    %t0, %l0 = transform.structured.tile_using_forall %ln tile_sizes [3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %rms_f = transform.structured.match ops{["func.func"]} attributes{sym_name = "rms"} in %root : (!transform.any_op) -> !transform.any_op
    %rms = transform.structured.match ops{["norm.rms_norm"]} in %rms_f : (!transform.any_op) -> !transform.any_op
    %t1, %l1 = transform.structured.tile_using_for %rms tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %add_ln = transform.structured.match ops{["norm.add_layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %t2, %l2 = transform.structured.tile_using_forall %add_ln tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %add_rms = transform.structured.match ops{["norm.add_rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %t3, %l3 = transform.structured.tile_using_for %add_rms tile_sizes [2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %deep = transform.structured.match ops{["norm.deep_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %t4, %l4 = transform.structured.tile_using_forall %deep tile_sizes [3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %sandwich = transform.structured.match ops{["norm.sandwich_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %t5, %l5 = transform.structured.tile_using_forall %sandwich tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %bn_inf_f = transform.structured.match ops{["func.func"]} attributes{sym_name = "bn_inference"} in %root : (!transform.any_op) -> !transform.any_op
    %bn_inf = transform.structured.match ops{["norm.batch_norm"]} in %bn_inf_f : (!transform.any_op) -> !transform.any_op
    %t6, %l6 = transform.structured.tile_using_forall %bn_inf tile_sizes [2, 4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %bn_tr_f = transform.structured.match ops{["func.func"]} attributes{sym_name = "bn_training"} in %root : (!transform.any_op) -> !transform.any_op
    %bn_tr = transform.structured.match ops{["norm.batch_norm"]} in %bn_tr_f : (!transform.any_op) -> !transform.any_op
    %t7, %l7 = transform.structured.tile_using_forall %bn_tr tile_sizes [0, 4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)

    %fc = transform.structured.match ops{["func.func"]} attributes{sym_name = "fuse_consumer"} in %root : (!transform.any_op) -> !transform.any_op
    %fc_gens = transform.structured.match ops{["linalg.generic"]} in %fc : (!transform.any_op) -> !transform.any_op
    %fc_producer, %fc_consumer = transform.split_handle %fc_gens : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fc_norm = transform.structured.match ops{["norm.rms_norm"]} in %fc : (!transform.any_op) -> !transform.any_op
    %t8, %l8 = transform.structured.tile_using_forall %fc_consumer tile_sizes [4, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %f8, %l8a = transform.structured.fuse_into_containing_op %fc_norm into %l8 : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %f8b, %l8b = transform.structured.fuse_into_containing_op %fc_producer into %l8a : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)

    %fp = transform.structured.match ops{["func.func"]} attributes{sym_name = "fuse_producer"} in %root : (!transform.any_op) -> !transform.any_op
    %fp_producer = transform.structured.match ops{["linalg.generic"]} in %fp : (!transform.any_op) -> !transform.any_op
    %fp_norm = transform.structured.match ops{["norm.layer_norm"]} in %fp : (!transform.any_op) -> !transform.any_op
    %t9, %l9 = transform.structured.tile_using_forall %fp_norm tile_sizes [5] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %f9, %l9a = transform.structured.fuse_into_containing_op %fp_producer into %l9 : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)

    %dec = transform.structured.match ops{["func.func"]} attributes{sym_name = "decompose"} in %root : (!transform.any_op) -> !transform.any_op
    %dec_norm = transform.structured.match ops{["norm.layer_norm"]} in %dec : (!transform.any_op) -> !transform.any_op
    %t10, %l10 = transform.structured.tile_using_forall %dec_norm tile_sizes [4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %d10 = transform.structured.decompose_interface %t10 : (!transform.any_op) -> !transform.any_op

    %split = transform.structured.match ops{["func.func"]} attributes{sym_name = "split_rows"} in %root : (!transform.any_op) -> !transform.any_op
    %split_norm = transform.structured.match ops{["norm.rms_norm"]} in %split : (!transform.any_op) -> !transform.any_op
    %d11 = transform.structured.decompose_interface %split_norm : (!transform.any_op) -> !transform.any_op
    %sums = transform.structured.match ops{["linalg.generic"]} attributes{iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>]} in %split : (!transform.any_op) -> !transform.any_op
    %fill, %partial, %merge, %l11 = transform.structured.tile_reduction_using_for %sums by tile_sizes = [0, 1024] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}
