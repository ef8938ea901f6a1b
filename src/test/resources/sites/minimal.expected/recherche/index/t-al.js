RelaisSearch.load("t-al",{"alpha":[2.200,"1v","16"]});
