// RUN: norm-opt %s --split-input-file --norm-raise | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-raise=report 2>&1 >/dev/null | FileCheck %s --check-prefix=REMARK

// Empty inputs. No rows: the norm is the same function and is raised (the
// op verifies with any number of rows).
// REMARK: remark: raised into norm.rms_norm (axis 1, epsilon 1.000000e-05)
// CHECK-LABEL: func.func @no_rows
// CHECK: norm.rms_norm %arg0 : tensor<0x32xf32>
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @no_rows(%x: tensor<0x32xf32>) -> tensor<0x32xf32> {
  %c0 = arith.constant 0.0 : f32
  %n = arith.constant 32.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<0xf32>
  %z = linalg.fill ins(%c0 : f32) outs(%e : tensor<0xf32>) -> tensor<0xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<0x32xf32>) outs(%z : tensor<0xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %sq = arith.mulf %a, %a : f32
    %r = arith.addf %sq, %acc : f32
    linalg.yield %r : f32
  } -> tensor<0xf32>
  %o = tensor.empty() : tensor<0x32xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<0x32xf32>, tensor<0xf32>) outs(%o : tensor<0x32xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.divf %b, %n : f32
    %v = arith.addf %m, %eps : f32
    %r = math.rsqrt %v : f32
    %t = arith.mulf %a, %r : f32
    linalg.yield %t : f32
  } -> tensor<0x32xf32>
  return %y : tensor<0x32xf32>
}

// -----

// Empty rows (normalized size 0): a norm op needs a non-empty normalized
// shape, so nothing is raised, the remark says why, and the IR stays valid
// (this input crashed the numeric check).
// REMARK: remark: not raised: its rows are empty
// CHECK-LABEL: func.func @empty_rows
// CHECK-NOT: norm.
// CHECK: return
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @empty_rows(%x: tensor<4x0xf32>) -> tensor<4x0xf32> {
  %c0 = arith.constant 0.0 : f32
  %n = arith.constant 0.0 : f32
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<4xf32>
  %z = linalg.fill ins(%c0 : f32) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<4x0xf32>) outs(%z : tensor<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %sq = arith.mulf %a, %a : f32
    %r = arith.addf %sq, %acc : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  %o = tensor.empty() : tensor<4x0xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : tensor<4x0xf32>, tensor<4xf32>) outs(%o : tensor<4x0xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.divf %b, %n : f32
    %v = arith.addf %m, %eps : f32
    %r = math.rsqrt %v : f32
    %t = arith.mulf %a, %r : f32
    linalg.yield %t : f32
  } -> tensor<4x0xf32>
  return %y : tensor<4x0xf32>
}
