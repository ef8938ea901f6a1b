RelaisSearch.load("t-de",{"delta":[2.200,"3v","37"],"demand":[1.635,"2v"],"departemental":[1.699,"2v"]});
