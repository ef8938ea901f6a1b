RelaisSearch.load("t-ha",{"haut":[2.121,"2v","23"],"hautegaron":[2.121,"2v","25"]});
