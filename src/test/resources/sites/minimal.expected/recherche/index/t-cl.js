RelaisSearch.load("t-cl",{"clos":[2.200,"3v","36"]});
