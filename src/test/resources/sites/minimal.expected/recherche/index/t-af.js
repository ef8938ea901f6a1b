RelaisSearch.load("t-af",{"afair":[1.982,"1v"]});
