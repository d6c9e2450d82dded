// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as linalg-on-tensors IR, unchanged:
// ConvNetBlock: A ResNet-style block in inference: conv, BatchNorm, ReLU, conv,
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
module {
  func.func @main(%arg0: tensor<2x8x6x6xbf16>) -> tensor<2x8x6x6xbf16> {
    %cst = arith.constant 0.000000e+00 : bf16
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_7> : tensor<8xbf16>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_6> : tensor<8xbf16>
    %cst_3 = arith.constant 1.000000e-03 : f64
    %cst_4 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_5> : tensor<8xbf16>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_4> : tensor<8xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.bfloat16_1> : tensor<8x8x3x3xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_3> : tensor<8xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_2> : tensor<8xbf16>
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16_1> : tensor<8xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16> : tensor<8xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_8_8_3_3_torch.bfloat16> : tensor<8x8x3x3xbf16>
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : bf16
    } : tensor<2x8x6x6xbf16> to tensor<2x8x8x8xbf16>
    %0 = tensor.empty() : tensor<2x8x6x6xf32>
    %1 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<2x8x6x6xf32>) -> tensor<2x8x6x6xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_12 : tensor<2x8x8x8xbf16>, tensor<8x8x3x3xbf16>) outs(%1 : tensor<2x8x6x6xf32>) -> tensor<2x8x6x6xf32>
    %3 = tensor.empty() : tensor<2x8x6x6xbf16>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2 : tensor<2x8x6x6xf32>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %29 = arith.truncf %in : f32 to bf16
      linalg.yield %29 : bf16
    } -> tensor<2x8x6x6xbf16>
    %5 = tensor.empty() : tensor<8xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%cst_11 : tensor<8xbf16>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%cst_10 : tensor<8xbf16>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%7 : tensor<8xf32>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.truncf %cst_9 : f64 to f32
      %30 = arith.addf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<8xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%8 : tensor<8xf32>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = math.rsqrt %in : f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %expanded = tensor.expand_shape %6 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_13 = tensor.expand_shape %9 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4, %expanded : tensor<2x8x6x6xbf16>, tensor<8x1x1xf32>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: bf16, %in_21: f32, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      %30 = arith.subf %29, %in_21 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_13 : tensor<2x8x6x6xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %29 = arith.mulf %in, %in_21 : f32
      linalg.yield %29 : f32
    } -> tensor<2x8x6x6xf32>
    %expanded_14 = tensor.expand_shape %cst_8 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xbf16> into tensor<8x1x1xbf16>
    %12 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %expanded_14 : tensor<2x8x6x6xf32>, tensor<8x1x1xbf16>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: bf16, %out: f32):
      %29 = arith.extf %in_21 : bf16 to f32
      %30 = arith.mulf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %expanded_15 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xbf16> into tensor<8x1x1xbf16>
    %13 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %expanded_15 : tensor<2x8x6x6xf32>, tensor<8x1x1xbf16>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: bf16, %out: f32):
      %29 = arith.extf %in_21 : bf16 to f32
      %30 = arith.addf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x8x6x6xf32>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %29 = arith.truncf %in : f32 to bf16
      linalg.yield %29 : bf16
    } -> tensor<2x8x6x6xbf16>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14 : tensor<2x8x6x6xbf16>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %29 = arith.cmpf ugt, %in, %cst : bf16
      %30 = arith.select %29, %in, %cst : bf16
      linalg.yield %30 : bf16
    } -> tensor<2x8x6x6xbf16>
    %padded_16 = tensor.pad %15 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : bf16
    } : tensor<2x8x6x6xbf16> to tensor<2x8x8x8xbf16>
    %16 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_16, %cst_6 : tensor<2x8x8x8xbf16>, tensor<8x8x3x3xbf16>) outs(%1 : tensor<2x8x6x6xf32>) -> tensor<2x8x6x6xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<2x8x6x6xf32>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %29 = arith.truncf %in : f32 to bf16
      linalg.yield %29 : bf16
    } -> tensor<2x8x6x6xbf16>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%cst_5 : tensor<8xbf16>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%cst_4 : tensor<8xbf16>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%19 : tensor<8xf32>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = arith.truncf %cst_3 : f64 to f32
      %30 = arith.addf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<8xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%20 : tensor<8xf32>) outs(%5 : tensor<8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %29 = math.rsqrt %in : f32
      linalg.yield %29 : f32
    } -> tensor<8xf32>
    %expanded_17 = tensor.expand_shape %18 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %expanded_18 = tensor.expand_shape %21 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xf32> into tensor<8x1x1xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_17 : tensor<2x8x6x6xbf16>, tensor<8x1x1xf32>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: bf16, %in_21: f32, %out: f32):
      %29 = arith.extf %in : bf16 to f32
      %30 = arith.subf %29, %in_21 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %expanded_18 : tensor<2x8x6x6xf32>, tensor<8x1x1xf32>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: f32, %out: f32):
      %29 = arith.mulf %in, %in_21 : f32
      linalg.yield %29 : f32
    } -> tensor<2x8x6x6xf32>
    %expanded_19 = tensor.expand_shape %cst_2 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xbf16> into tensor<8x1x1xbf16>
    %24 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %expanded_19 : tensor<2x8x6x6xf32>, tensor<8x1x1xbf16>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: bf16, %out: f32):
      %29 = arith.extf %in_21 : bf16 to f32
      %30 = arith.mulf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %expanded_20 = tensor.expand_shape %cst_1 [[0, 1, 2]] output_shape [8, 1, 1] : tensor<8xbf16> into tensor<8x1x1xbf16>
    %25 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %expanded_20 : tensor<2x8x6x6xf32>, tensor<8x1x1xbf16>) outs(%0 : tensor<2x8x6x6xf32>) {
    ^bb0(%in: f32, %in_21: bf16, %out: f32):
      %29 = arith.extf %in_21 : bf16 to f32
      %30 = arith.addf %in, %29 : f32
      linalg.yield %30 : f32
    } -> tensor<2x8x6x6xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25 : tensor<2x8x6x6xf32>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %29 = arith.truncf %in : f32 to bf16
      linalg.yield %29 : bf16
    } -> tensor<2x8x6x6xbf16>
    %27 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0, %26 : tensor<2x8x6x6xbf16>, tensor<2x8x6x6xbf16>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: bf16, %in_21: bf16, %out: bf16):
      %29 = arith.addf %in, %in_21 : bf16
      linalg.yield %29 : bf16
    } -> tensor<2x8x6x6xbf16>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27 : tensor<2x8x6x6xbf16>) outs(%3 : tensor<2x8x6x6xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %29 = arith.cmpf ugt, %in, %cst : bf16
      %30 = arith.select %29, %in, %cst : bf16
      linalg.yield %30 : bf16
    } -> tensor<2x8x6x6xbf16>
    return %28 : tensor<2x8x6x6xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.bfloat16_7: "0x02000000983C82BDE8BD9ABD5E3D2B3D1E3CD33D",
      torch_tensor_8_torch.bfloat16_6: "0x020000007C3F6E3F723F683F8C3F6B3F863F7A3F",
      torch_tensor_8_torch.bfloat16_5: "0x02000000403F953F353FFF3FA13F763FC63F163F",
      torch_tensor_8_torch.bfloat16_4: "0x020000004ABE5FBC853EA3BE893E9BBEAB3E143F",
      torch_tensor_8_8_3_3_torch.bfloat16_1: "0x02000000DFBD363C863DFFBDB4BE3EBD85BE3A3F4EBEC93E4D3E7C3E073F67BE5F3EC8BE323D8C3D9EBE0F3F533F953DB6BE463E57BE893EAB3EA23ECE3DC7BE9EBD13BE12BF02BF9B3E5CBEB03EBCBC083E37BE94BEE8BBB53E45BEC13EFCBEDB3E973E3E3E05BFA7BDC83EAABE10BFC8BE6BBE13BEBDBE18BEA33EBF3E29BE20BEED3E313C87BE97BE013F913DF03E89BD573DD33CEE3DB5BEF23E80BD15BE57BC0EBD753E95BD12BEE9BD61BB0BBEA33E993D86BC7A3E93BEBA3E30BEC33CACBED9BE8DBD423DB6BEC6BE893A6DBE4D3F15BF2A3F013F93BD13BF51BE44BFCFBE163F813ED93EF63D523E88BEE93D17BE163ED2BD0D3ED33E613C8ABECE3D74BE563E8DBD35BE11BEFD3B0FBE55BE50BC8BBE343E0F3EBBBE42BF47BF86BE293D143C9D3EDC3C16BEA53E90BDB6BED5BDA63D71BE643E98BE09BC29BCE7BE9FBEA0BD8DBE57BEA93E153FBABE18BC393EDEBEF7BC93BC4F3D793EC7BD15BF9ABE73BDD8BE23BEADBDD43D0F3E1A3E44BE73BE5B3EE3BE9ABDC4BC36BDA63EF83A0BBE2F3F8CBE1D3E233E93BE0EBD1E3E0CBD33BE153D513ED7BD083F903E563E123FF1BB413EAABD4E3BB23E293D5FBE49BE13BEADBD163D9B3E9F3E163E8EBE31BE603E8FBE563D0B3DD5BE5EBF90BC233EEEBE193E003FC2BDB6BDDBBDCC3C1FBECEBCC93E5D3E7ABDB23E09BE433EE4BE053FA6BDA83E01BFD93E59BE87BE35BE80BE0DBF123E18BD9DBDC33D81BE733E58BE70BDAABD333EB63D2FBE833E03BD36BEB3BE2E3EF93E9FBC3FBE853EB0BD3A3EB63C76BEEFBCEBBEEABD00BFA73E4D3E883E0F3E46BE07BEC6BD99BE7CBEC5BDBFBDFD3DDEBEB5BE80BE0B3E7CBE9B3ECD3E5B3DBDBB1DBE1F3CA2BE7DBD953E49BFF9BC843EBFBD6D3E81BE0A3F6C3D5ABDC53D103F9A3E863E54BEB7BE7F3E303EA33D9E3EE3BD693EC43DEB3E7B3EC03E0CBEA7BE543C183E90BE46BEC4BE4DBE74BD283F5DBCB2BE36BE653EB6BE7DBE3A3E98BE9CBD823CFE3E0A3E9B3D2EBFAC3E833DBE3D5FBEA9BEA2BE013FB63D6D3E25BD6A3DD83E2C3E7C3EB0BE323D04BEC4BED53D6ABD9A3DD03EDF399CBE92BE583EA6BCA63E2BBED9BE6ABE1ABE90BE3D3E87BD9F3B183FEB3E12BFF23D323ECA3B013E6EBEBFBE9C3C483EA6BE283ECC3E50BC2CBE553EACBE82BC6A3E6ABE81BE6EBE72BE28BEA8BD0A3F59BECCBD3DBEC8BE5E3E013FD4BDC23CFA3DA03E06BE983EFC3DA13E53BE93BE5F3E6CBECBBE143E04BE343C1C3D373E8EBD073EEA3D043F9ABA1EBFF5BE97BDBA3DB63E4E3E9ABE123E813E813E74BEDFBD263FC13D6E3F6E3B773E56BEA4BE923D823B02BEE4BC83BE85BC77BEABBE843DDDBD323E703EC73E74BEB0BE723CFC3D173C9ABC2FBEB9BE9C3D9DBC693D7E3E57BE723EA9BE1C3D0C3F32BD04BFDE3D0EBE25BF253E333ECCBECABE21BEC8BEA8BE03BF4FBE1B3EE63E28BECDBE123E153E053E61BE0B3EC73DC9BE45BE0ABE6D3EC53E14BEBC3E06BEE53DC5BD9BBEB8BE833D0A3FFB3DCC3E9FBE8A3D863D8EBED43DDEBE90BE03BE1ABF823C96BDE7BE333ED5BEAC3ECD3E5B3E6FBEDDBEEEBE8C3D1B3DA33EBEBEA4BEC2BC0FBF03BFA33EC33DE33D163CF1BE",
      torch_tensor_8_torch.bfloat16_3: "0x02000000633D1ABD4ABC883D393E8CBDB43DD9BD",
      torch_tensor_8_torch.bfloat16_2: "0x02000000823F923F7B3F713F8C3F843F9B3F8D3F",
      torch_tensor_8_torch.bfloat16_1: "0x02000000CF3F8D3FB33F063F613FC43F9B3F643F",
      torch_tensor_8_torch.bfloat16: "0x02000000C8BEABBDD6BD4DBE8ABE053CDDBE823D",
      torch_tensor_8_8_3_3_torch.bfloat16: "0x02000000F93D49BE803CD13D83BDF03E8BBEF1BE6F3C993E233F61BD6FBE083F1BBE8B3C28BE55BE4ABE553E0FBE4EBD693EB63E42BEA1BC3E3E1A3FB53D233E21BEF43C10BDE53D9DBEA63EB03E55BD9D3CC3BE3FBE92BDDB3C0A3F1EBFC63DAFBEBF3EE9BEB83E09BE743C55BD6C3E3E3E563F053E243F443FB83D33BEC83D243D193DE6BEB33BD43D193CF63D033E813EBE3E213EFFBE283ED7BE18BFBD3E28BEABBC613E39BD59BE103EAB3DCD3EB13E8ABC043E8FBEE7BEFE3CEA3EE13DDB3EE03D013F9B3E3F3E2F3FF23EBFBDE63E9A3EDDBE543CFDBEE1BED73D02BD63BEB23EDE3E743DAABE1CBF233F7BBD103EB93EC13DF43E873E533F20BE30BF94BE11BFD5BD3F3E553E653E8FBE52BE423E153FEF3D883EAABEB8BED73E193E513EAA3E783E3DBDA9BDAF3D9A3EB5BE013F0ABFC7BE78BE233FDC3DD43D64BD43BDBB3EACBE0DBEC7BEA63E0F3DA53D11BF28BE893DB1BD4E3EE63EEF3B19BE633EC43E3EBDAFBD41BE99BD773EA9BE64BE7D3E92BE4B3E53BEB3BD103FAABE31BDD5BD7D3E903E2ABF013E99BDCFBEB8BD29BFBBBD81BD523E1FBDBB3E3F3F65BE04BFD23E293F2D3D5E3EE13EDFBEFBBE64BEA33EF5BE413EEDBE873D873E86BC0ABEB23ECA3EA6BE47BEB43EF03DAABE823E10BE45BEE43CBE3E683F15BE953D40BD02BFCD3E1A3F90BDA5BE76BE893EADBD11BE153F563E30BE94BE8ABDD9BEA43E013E5B3EE13D80BE16BF0D3F01BE1ABDDEBE183AC93E22BE28BCE23E303FBA3E843CE4BDA33D493D67BEAF3D013EB73EC4BCB93E123FEE3E813D603C483D90BC6FBE9E3E403EB33D2B3E65BE923CAC3E663B8F3B5EBE77BD85BEC03E81BE8A3D82BE893E8C3D513D703E24BE8EBE7ABD143E0F3E83BEF0BE41BD903E37BD30BD8F3F053F64BE323DC33D413E11BE843DFEBD0DBF26BCE13DE7BB0BBE29BFE23E01BFB13E0B3FF1BED73EA93DCDBD50BEC63E193E23BE033D95BE8A3D41BEFF3E753D953E23BE013F83BE1EBFD0BE0EBC773EA13D543EF43D2C3E02BDAA3DA13E0FBF61BE863E69BEFA3E34BFAABD9F3D2B3EF33E05BEE93D82BE32BCF13C943E6DBEB43EF5BE783E003E8BBDC6BD09BF103E88BECBBC7A3E503F24BEE63E01BF3FBFBBBE9EBDD73EDE3CD33C09BEDC3D10BF83BEA43EEC3C52BEF53D9E3D753D43BD633E9ABD73BD19BF41BE3C3E2EBD52BED53EC9BC4DBE0E3EF7BD2D3E8FBE11BEA1BE033EEEBEE63E9ABE7DBB72BEDF3E8F3DF0BAE2BBAC3E903DFBBEC83E933D0DBF02BF9CBE09BE68BEAF3E5BBE563EBABE2CBD80BDAF3E71BE703E96BEB93E623DAA3DFFBD8E3D613D00BE35BFBCBEA4BEF6BDA9BEB2BEC9BDE73D993EAA3EAF3EF33D153EDB3E2ABF9FBD46BEFABEB83D123E8E3C99BE9B3C203FB2BE81BEB13ACBBCAFBE1D3EA93DC1BE673E87BD413EECBE56BE823D283E9FBE13BF9C3DFDBE06BE21BF163F11BEE83E0ABD863E5E3C14BE0B3F9CBDC13E223EE53E6C3D71BD233E2EBE6ABD0A3D2F3E003F6B3D29BF39BE9D3AA4BE343E11BE39BD34BE193FE6BB5B3EA3BE9EBCB53E48BEC23EE83EC3BC7C3E803EDFBDB1BE2CBE593EFEBCB2BECEBE10BFBFBE1C3F273D1ABE783EC73EF8BBC03E89BE5FBE043E"
    }
  }
#-}
