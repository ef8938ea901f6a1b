RelaisSearch.load("t-co",{"cond":[0.766,"1v"],"cot":[1.699,"3v"],"couvri":[1.614,"1v"]});
